package scot.quads.portal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import scot.quads.portal.client.EvidenceApi;
import scot.quads.portal.client.EvidenceApi.Item;
import scot.quads.portal.client.EvidenceApi.LinkRequest;
import scot.quads.portal.client.EvidenceApi.Pack;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Focus;
import scot.quads.portal.client.RubricApi.Statement;
import scot.quads.portal.client.RubricApi.Version;
import scot.quads.portal.client.ServiceProblem;

/**
 * The council's evidence pack for a cycle: what it holds, a file upload (a plain GOV.UK file upload in a form, so it
 * works without JavaScript; static/upload.js adds a drop zone and sends the same form with a progress bar, then
 * shows the page answered here) and a link, each with what it supports, and removing an item. The file goes on to
 * rubric-service from the portal's temporary copy, which checks it; its refusals come back as an error summary.
 */
@Path("/council")
@Produces(MediaType.TEXT_HTML)
public class EvidencePages {

    /** Shown for the file's errors in GOV.UK's words; the service's own words for everything else. */
    static final String CHOOSE_FILE = "Select a file";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evidence(Pack pack, Statement statement, Focus focus, Form form,
                ErrorSummary errors, String done);

        static native TemplateInstance change(Pack pack, Item item, Statement statement, Focus focus, Form form,
                ErrorSummary errors);
    }

    /** What the two forms show again after a refusal: the text as typed and each field's error. */
    public record Form(Map<String, String> values, Map<String, String> errors, Set<String> ticked) {

        static Form empty() {
            return new Form(Map.of(), Map.of(), Set.of());
        }

        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public String error(String name) {
            return errors.get(name);
        }

        public boolean has(String name) {
            return errors.containsKey(name);
        }

        public boolean isTicked(String name, Object value) {
            return ticked.contains(name + "=" + value);
        }
    }

    private final EvidenceApi evidence;
    private final RubricApi rubric;
    private final CurrentUser user;

    public EvidencePages(@RestClient EvidenceApi evidence, @RestClient RubricApi rubric, CurrentUser user) {
        this.evidence = evidence;
        this.rubric = rubric;
        this.user = user;
    }

    @GET
    @Path("/cycles/{cycleId}/evidence")
    public String show(@PathParam("cycleId") UUID cycleId, @QueryParam("done") String done) {
        String council = requireCouncil();
        return page(cycleId, council, Form.empty(), null, done).render();
    }

    @POST
    @Path("/cycles/{cycleId}/evidence/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("cycleId") UUID cycleId, @RestForm("file") FileUpload file,
            @RestForm("title") String title, @RestForm("description") String description,
            @RestForm("codes") String codes, @RestForm("swotItems") List<String> swotItems,
            @RestForm("keyQuestions") List<String> keyQuestions, @RestForm("date-day") String day,
            @RestForm("date-month") String month, @RestForm("date-year") String year) {
        String council = requireCouncil();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", nonNull(title));
        values.put("description", nonNull(description));
        values.put("codes", nonNull(codes));
        values.put("date-day", nonNull(day));
        values.put("date-month", nonNull(month));
        values.put("date-year", nonNull(year));
        Set<String> ticked = ticked(swotItems, keyQuestions);
        Map<String, String> errors = new LinkedHashMap<>();
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()
                || file.size() == 0) {
            errors.put("file", file != null && file.fileName() != null && !file.fileName().isBlank()
                    ? "The selected file is empty" : CHOOSE_FILE);
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "Enter a title for the evidence");
        }
        LocalDate dated = DateInput.read(day, month, year, false, "date", "The date of the evidence", errors);
        if (!errors.isEmpty()) {
            return refused(cycleId, council, 400, values, errors, ticked);
        }
        // Told at once, in the page's words, rather than after the whole file has been sent on and refused.
        Pack limits = evidence.pack(cycleId, council);
        if (file.size() > limits.maxFileBytes()) {
            errors.put("file", "The selected file must be smaller than " + limits.maxFile());
            return refused(cycleId, council, 413, values, errors, ticked);
        }
        Codes sorted = codes(cycleId, council, codes);
        ClientMultipartForm form = ClientMultipartForm.create()
                .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(),
                        MediaType.APPLICATION_OCTET_STREAM)
                .attribute("title", title.strip(), null);
        if (description != null && !description.isBlank()) {
            form.attribute("description", description.strip(), null);
        }
        if (dated != null) {
            form.attribute("date", dated.toString(), null);
        }
        sorted.indicators().forEach(code -> form.attribute("indicators", code, null));
        sorted.questions().forEach(code -> form.attribute("questions", code, null));
        nonBlank(swotItems).forEach(id -> form.attribute("swotItems", id, null));
        nonBlank(keyQuestions).forEach(n -> form.attribute("keyQuestions", n, null));
        try {
            evidence.upload(cycleId, council, form);
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/evidence?done=added")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = clientProblem(failure);
            fileErrors(problem, errors, "");
            return refused(cycleId, council, problem.status(), values, errors, ticked);
        }
    }

    @POST
    @Path("/cycles/{cycleId}/evidence/links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@PathParam("cycleId") UUID cycleId, MultivaluedMap<String, String> fields) {
        String council = requireCouncil();
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("link-url", "link-title", "link-description", "link-codes", "link-date-day",
                "link-date-month", "link-date-year")) {
            values.put(name, nonNull(fields.getFirst(name)));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("link-url").isBlank()) {
            errors.put("link-url", "Enter the link's web address, starting with https://");
        }
        if (values.get("link-title").isBlank()) {
            errors.put("link-title", "Enter a title for the link");
        }
        LocalDate dated = DateInput.read(values.get("link-date-day"), values.get("link-date-month"),
                values.get("link-date-year"), false, "link-date", "The date of the evidence", errors);
        if (!errors.isEmpty()) {
            return refused(cycleId, council, 400, values, errors, Set.of());
        }
        Codes sorted = codes(cycleId, council, values.get("link-codes"));
        try {
            evidence.link(cycleId, council, new LinkRequest(values.get("link-title").strip(),
                    blankToNull(values.get("link-description")), dated, values.get("link-url").strip(),
                    sorted.questions(), sorted.indicators(), List.of(), List.of()));
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/evidence?done=linked")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = clientProblem(failure);
            fileErrors(problem, errors, "link-");
            return refused(cycleId, council, problem.status(), values, errors, Set.of());
        }
    }

    /** The change page of one item, filled in with what it holds now. */
    @GET
    @Path("/cycles/{cycleId}/evidence/{itemId}/change")
    public Response changing(@PathParam("cycleId") UUID cycleId, @PathParam("itemId") UUID itemId) {
        String council = requireCouncil();
        Pack pack = evidence.pack(cycleId, council);
        Item item = Item.in(pack, itemId).orElseThrow(() -> gone());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", item.title());
        values.put("description", nonNull(item.description()));
        values.put("url", nonNull(item.url()));
        values.put("codes", item.codes());
        if (item.date() != null) {
            values.put("date-day", String.valueOf(item.date().getDayOfMonth()));
            values.put("date-month", String.valueOf(item.date().getMonthValue()));
            values.put("date-year", String.valueOf(item.date().getYear()));
        }
        values.put("version", String.valueOf(item.version()));
        return Response.ok(changePage(pack, item, council, new Form(values, Map.of(),
                ticked(item.swotItems(), item.keyQuestions().stream().map(String::valueOf).toList())), null)
                .render()).build();
    }

    /**
     * Saves the change with the version the page was filled in from (If-Match), so that a change made by someone else
     * meanwhile is not overwritten: the page then comes back with theirs and says so.
     */
    @POST
    @Path("/cycles/{cycleId}/evidence/{itemId}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("cycleId") UUID cycleId, @PathParam("itemId") UUID itemId,
            MultivaluedMap<String, String> fields) {
        String council = requireCouncil();
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("title", "description", "url", "codes", "date-day", "date-month", "date-year",
                "version")) {
            values.put(name, nonNull(fields.getFirst(name)));
        }
        Set<String> ticked = ticked(fields.get("swotItems"), fields.get("keyQuestions"));
        Pack pack = evidence.pack(cycleId, council);
        Item item = Item.in(pack, itemId).orElseThrow(() -> gone());
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("title").isBlank()) {
            errors.put("title", "Enter a title for the evidence");
        }
        if (!item.isFile() && values.get("url").isBlank()) {
            errors.put("url", "Enter the link's web address, starting with https://");
        }
        LocalDate dated = DateInput.read(values.get("date-day"), values.get("date-month"), values.get("date-year"),
                false, "date", "The date of the evidence", errors);
        if (!errors.isEmpty()) {
            return changeRefused(pack, item, council, 400, values, errors, ticked);
        }
        Codes sorted = codes(cycleId, council, values.get("codes"));
        LinkRequest change = new LinkRequest(values.get("title").strip(), blankToNull(values.get("description")),
                dated, item.isFile() ? null : values.get("url").strip(), sorted.questions(), sorted.indicators(),
                nonBlank(fields.get("swotItems")), nonBlank(fields.get("keyQuestions")).stream()
                        .map(EvidencePages::keyQuestion).toList());
        try {
            evidence.change(cycleId, council, itemId, "\"" + values.get("version") + "\"", change);
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/evidence?done=changed")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = clientProblem(failure);
            if (problem.status() == 412 || problem.status() == 428) {
                Pack now = evidence.pack(cycleId, council);
                Item current = Item.in(now, itemId).orElseThrow(() -> gone());
                values.put("version", String.valueOf(current.version()));
                errors.put("change-form", "Someone else changed this evidence while you were editing it. Check"
                        + " the details below, which are yours, and save again to replace theirs");
                return changeRefused(now, current, council, 409, values, errors, ticked);
            }
            fileErrors(problem, errors, "");
            if (errors.containsKey("file")) {
                errors.put("title", errors.remove("file"));
            }
            return changeRefused(pack, item, council, problem.status(), values, errors, ticked);
        }
    }

    private static Integer keyQuestion(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static ServiceProblem gone() {
        return new ServiceProblem(404, "Not Found", "Your evidence does not hold that item (it may have been removed).",
                null, null);
    }

    private TemplateInstance changePage(Pack pack, Item item, String council, Form form, ErrorSummary errors) {
        return Templates.change(pack, item, rubric.statement(pack.cycleId(), council),
                rubric.focus(pack.cycleId(), council), form, errors);
    }

    private Response changeRefused(Pack pack, Item item, String council, int status, Map<String, String> values,
            Map<String, String> errors, Set<String> ticked) {
        List<ErrorSummary.Item> items = new ArrayList<>();
        errors.forEach((id, text) -> items.add(new ErrorSummary.Item("#" + id, text)));
        return Response.status(status).entity(changePage(pack, item, council, new Form(values, errors, ticked),
                new ErrorSummary("There is a problem", items)).render()).build();
    }

    @POST
    @Path("/cycles/{cycleId}/evidence/{itemId}/remove")
    public Response remove(@PathParam("cycleId") UUID cycleId, @PathParam("itemId") UUID itemId) {
        String council = requireCouncil();
        try {
            evidence.remove(cycleId, council, itemId);
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/evidence?done=removed")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = clientProblem(failure);
            return Response.status(problem.status()).entity(page(cycleId, council, Form.empty(),
                    ErrorSummary.single("#evidence-list", problem.detail()), null).render()).build();
        }
    }

    /** The service's refusal, put against the field it names; the file's in GOV.UK's words. */
    static void fileErrors(ServiceProblem problem, Map<String, String> errors, String prefix) {
        for (ServiceProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field().replaceAll("\\[\\d+]$", "");
            String id = switch (field) {
                case "file", "url", "title", "description" -> prefix + (field.equals("url") ? "url" : field);
                case "date" -> prefix + "date";
                case "questions", "indicators" -> prefix + "codes";
                case "swotItems", "keyQuestions" -> prefix + field;
                default -> prefix + (prefix.isEmpty() ? "file" : "url");
            };
            String text;
            if ("file".equals(field) && problem.status() == 413) {
                text = "The selected file is too large";
            } else if ("file".equals(field) && error.message() != null && error.message().contains("does not take")) {
                text = "The selected file must be a PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), CSV, plain"
                        + " text, PNG or JPEG file";
            } else {
                text = ErrorSummary.plain(label(field), error.message());
            }
            errors.putIfAbsent(id, text);
        }
        if (errors.isEmpty()) {
            errors.put(prefix.isEmpty() ? "file" : "link-url", problem.detail());
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "file" -> "The file";
            case "url" -> "The web address";
            case "questions", "indicators" -> "Supports";
            case "swotItems" -> "The SWOT item";
            case "keyQuestions" -> "The key question";
            default -> Labels.field(field);
        };
    }

    private Response refused(UUID cycleId, String council, int status, Map<String, String> values,
            Map<String, String> errors, Set<String> ticked) {
        List<ErrorSummary.Item> items = new ArrayList<>();
        errors.forEach((id, text) -> items.add(new ErrorSummary.Item("#" + id, text)));
        return Response.status(status).entity(page(cycleId, council, new Form(values, errors, ticked),
                new ErrorSummary("There is a problem", items), null).render()).build();
    }

    private TemplateInstance page(UUID cycleId, String council, Form form, ErrorSummary errors, String done) {
        Pack pack = evidence.pack(cycleId, council);
        Statement statement = rubric.statement(cycleId, council);
        Focus focus = rubric.focus(cycleId, council);
        return Templates.evidence(pack, statement, focus, form, errors, done);
    }

    /** The codes typed, sorted into the rubric's quality indicators and, otherwise, its questions. */
    record Codes(List<String> indicators, List<String> questions) {
    }

    private Codes codes(UUID cycleId, String council, String typed) {
        List<String> codes = List.of(nonNull(typed).split(",")).stream().map(String::strip)
                .filter(code -> !code.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            return new Codes(List.of(), List.of());
        }
        Version version = rubric.version(rubric.evaluation(cycleId, council).rubricVersionId());
        Set<String> indicators = version.themes().stream().flatMap(t -> t.indicators().stream())
                .map(RubricApi.Indicator::code).collect(Collectors.toSet());
        return new Codes(codes.stream().filter(indicators::contains).toList(),
                codes.stream().filter(code -> !indicators.contains(code)).toList());
    }

    private static Set<String> ticked(List<String> swotItems, List<String> keyQuestions) {
        Set<String> ticked = new java.util.HashSet<>();
        nonBlank(swotItems).forEach(id -> ticked.add("swotItems=" + id));
        nonBlank(keyQuestions).forEach(n -> ticked.add("keyQuestions=" + n));
        return ticked;
    }

    private static ServiceProblem clientProblem(RuntimeException failure) {
        ServiceProblem problem = ServiceProblem.in(failure);
        if (problem == null || problem.status() >= 500) {
            throw failure;
        }
        return problem;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String requireCouncil() {
        String council = user.getCouncil();
        if (council == null) {
            throw new ServiceProblem(403, "Forbidden", "Only a council's users have an evidence pack.", null, null);
        }
        return council;
    }
}
