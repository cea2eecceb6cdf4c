package scot.quads.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.Statement;
import scot.quads.portal.client.RubricApi.StatementRequest;
import scot.quads.portal.client.RubricApi.SwotItem;
import scot.quads.portal.client.RubricApi.Version;
import scot.quads.portal.client.ServiceProblem;

/**
 * The council's self-evaluative statement: its context, a SWOT with each part in priority order, and a summary, on
 * one page that works without JavaScript. Each SWOT part is a list of rows, most important first; a row left empty
 * is dropped, and two empty rows are always offered for new items. What an item relates to is typed as codes
 * (quality indicators and questions of the cycle's rubric, or the council's context indicators).
 */
@Path("/council")
@Produces(MediaType.TEXT_HTML)
public class StatementPages {

    static final List<String> KINDS = List.of("strength", "weakness", "opportunity", "threat");
    private static final Map<String, String> HEADINGS = Map.of("strength", "Strengths", "weakness", "Weaknesses",
            "opportunity", "Opportunities", "threat", "Threats");
    private static final Map<String, String> SINGULAR = Map.of("strength", "Strength", "weakness", "Weakness",
            "opportunity", "Opportunity", "threat", "Threat");
    /** Rows offered per part: the items there are, then empty ones for new items, up to this many. */
    private static final int MAX_ROWS = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statement(Evaluation evaluation, Statement statement, Form form,
                ErrorSummary errors, boolean saved);
    }

    /** What the form shows: the text as typed, each SWOT part's rows, and the version the save is based on. */
    public record Form(String context, String summary, List<Section> sections, long version,
            Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    public record Section(String kind, String heading, String singular, List<Row> rows) {
    }

    public record Row(String id, String itemId, String text, String links, String textError, String linksError) {
    }

    private final RubricApi rubric;
    private final CurrentUser user;

    public StatementPages(@RestClient RubricApi rubric, CurrentUser user) {
        this.rubric = rubric;
        this.user = user;
    }

    @GET
    @Path("/cycles/{cycleId}/statement")
    public String show(@PathParam("cycleId") UUID cycleId, @QueryParam("saved") String saved) {
        String council = requireCouncil();
        Evaluation evaluation = rubric.evaluation(cycleId, council);
        Statement statement = rubric.statement(cycleId, council);
        return Templates.statement(evaluation, statement, formOf(statement), null, saved != null).render();
    }

    @POST
    @Path("/cycles/{cycleId}/statement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("cycleId") UUID cycleId, MultivaluedMap<String, String> fields) {
        String council = requireCouncil();
        Evaluation evaluation = rubric.evaluation(cycleId, council);
        Version version = rubric.version(evaluation.rubricVersionId());
        Posted posted = read(fields, version);
        long expected = parseVersion(fields.getFirst("version"));
        try {
            rubric.saveStatement(cycleId, council, "\"" + expected + "\"", posted.request());
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/statement?saved=1#saved")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Statement current = rubric.statement(cycleId, council);
            ErrorSummary summary;
            Map<String, String> errors = new LinkedHashMap<>();
            long nextVersion = expected;
            if (problem.status() == 412) {
                nextVersion = current.version();
                summary = ErrorSummary.single("#context", "Someone else saved the statement while you were editing"
                        + " it (" + current.updatedBy() + ", " + Labels.dateTime(current.updatedAt()) + "). Your"
                        + " changes are below and are not saved: check them against theirs, then save again to"
                        + " replace theirs");
            } else {
                List<ErrorSummary.Item> items = new ArrayList<>();
                for (ServiceProblem.FieldError error : problem.errors()) {
                    Target target = posted.target(error.field());
                    String text = ErrorSummary.plain(target.label(), error.message());
                    errors.putIfAbsent(target.field(), text);
                    items.add(new ErrorSummary.Item("#" + target.field(), text));
                }
                if (items.isEmpty()) {
                    items.add(new ErrorSummary.Item("#context", problem.detail()));
                }
                summary = new ErrorSummary("There is a problem", items);
            }
            Form form = new Form(posted.context(), posted.summary(), sections(posted.rows(), errors), nextVersion,
                    errors);
            return Response.status(problem.status())
                    .entity(Templates.statement(evaluation, current, form, summary, false).render()).build();
        }
    }

    /** The form filled from the stored statement. */
    static Form formOf(Statement statement) {
        Map<String, List<RowInput>> rows = new LinkedHashMap<>();
        for (String kind : KINDS) {
            rows.put(kind, statement.swot().stream().filter(item -> item.kind().equals(kind))
                    .sorted((a, b) -> Integer.compare(a.priority(), b.priority()))
                    .map(item -> new RowInput(item.id() == null ? "" : item.id().toString(), item.text(),
                            String.join(", ", Stream.of(item.indicators(), item.questions(),
                                    item.contextIndicators()).flatMap(List::stream).toList())))
                    .toList());
        }
        return new Form(statement.context(), statement.summary(), sections(rows, Map.of()), statement.version(),
                Map.of());
    }

    private static List<Section> sections(Map<String, List<RowInput>> rows, Map<String, String> errors) {
        List<Section> sections = new ArrayList<>();
        for (String kind : KINDS) {
            List<RowInput> given = rows.getOrDefault(kind, List.of()).stream()
                    .filter(row -> !row.text().isBlank() || !row.links().isBlank()).toList();
            List<Row> shown = new ArrayList<>();
            int count = Math.min(MAX_ROWS, Math.max(given.size() + 2, 3));
            for (int i = 0; i < count; i++) {
                String id = kind + "-" + i;
                RowInput input = i < given.size() ? given.get(i) : new RowInput("", "", "");
                shown.add(new Row(id, input.itemId(), input.text(), input.links(), errors.get(id + "-text"),
                        errors.get(id + "-links")));
            }
            sections.add(new Section(kind, HEADINGS.get(kind), SINGULAR.get(kind), shown));
        }
        return sections;
    }

    /** One row as typed. */
    record RowInput(String itemId, String text, String links) {
    }

    /** Where a field the service named is on the page, and what the page calls it. */
    record Target(String field, String label) {
    }

    /** The form as posted: the request for rubric-service, and which row each SWOT item came from. */
    record Posted(String context, String summary, Map<String, List<RowInput>> rows, StatementRequest request,
            List<String> rowIds, List<String> rowLabels) {

        Target target(String field) {
            if (field != null && field.startsWith("swot[")) {
                int end = field.indexOf(']');
                int index = Integer.parseInt(field.substring(5, end));
                if (index < rowIds.size()) {
                    String part = field.contains(".text") || field.endsWith(".kind") || field.endsWith(".priority")
                            ? "-text" : "-links";
                    return new Target(rowIds.get(index) + part, rowLabels.get(index)
                            + (part.equals("-links") ? ", relates to" : ""));
                }
            }
            if ("summary".equals(field)) {
                return new Target("summary", "Summary");
            }
            if ("swot".equals(field)) {
                return new Target("strength-0-text", "The SWOT");
            }
            return new Target("context", "Context");
        }
    }

    /**
     * Reads the posted form: each part's rows in order, empty ones dropped, the rest numbered from 1 as their
     * priority; each code that relates an item is sorted into quality indicators, questions (of the cycle's rubric)
     * or, otherwise, the council's context indicators.
     */
    static Posted read(MultivaluedMap<String, String> fields, Version version) {
        Set<String> indicators = version.themes().stream().flatMap(t -> t.indicators().stream())
                .map(RubricApi.Indicator::code).collect(Collectors.toSet());
        Set<String> questions = version.themes().stream().flatMap(t -> t.indicators().stream())
                .flatMap(i -> i.questions().stream()).map(RubricApi.Question::code).collect(Collectors.toSet());
        Map<String, List<RowInput>> rows = new HashMap<>();
        List<SwotItem> swot = new ArrayList<>();
        List<String> rowIds = new ArrayList<>();
        List<String> rowLabels = new ArrayList<>();
        for (String kind : KINDS) {
            List<RowInput> inputs = new ArrayList<>();
            int priority = 0;
            for (int i = 0; i < MAX_ROWS; i++) {
                String id = kind + "-" + i;
                String text = fields.getFirst(id + "-text");
                if (text == null) {
                    continue;
                }
                String links = nonNull(fields.getFirst(id + "-links"));
                String itemId = nonNull(fields.getFirst(id + "-id"));
                inputs.add(new RowInput(itemId, text, links));
                if (text.isBlank() && links.isBlank()) {
                    continue;
                }
                priority++;
                List<String> codes = List.of(links.split(",")).stream().map(String::strip)
                        .filter(code -> !code.isEmpty()).distinct().toList();
                rowIds.add(kind + "-" + (inputs.stream().filter(r -> !r.text().isBlank() || !r.links().isBlank())
                        .count() - 1));
                rowLabels.add(SINGULAR.get(kind) + " " + priority);
                swot.add(new SwotItem(parseId(itemId), kind, text.strip(), priority,
                        codes.stream().filter(indicators::contains).toList(),
                        codes.stream().filter(questions::contains).toList(),
                        codes.stream().filter(code -> !indicators.contains(code) && !questions.contains(code))
                                .toList()));
            }
            rows.put(kind, inputs);
        }
        String context = nonNull(fields.getFirst("context"));
        String summary = nonNull(fields.getFirst("summary"));
        return new Posted(context, summary, rows, new StatementRequest(blankToNull(context), swot,
                blankToNull(summary)), rowIds, rowLabels);
    }

    private static UUID parseId(String id) {
        try {
            return id.isBlank() ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long parseVersion(String version) {
        try {
            return version == null ? 0 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private String requireCouncil() {
        String council = user.getCouncil();
        if (council == null) {
            throw new ServiceProblem(403, "Forbidden", "Only a council's users have a self-evaluation to see.",
                    null, null);
        }
        return council;
    }
}
