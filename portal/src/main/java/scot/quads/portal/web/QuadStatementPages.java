package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.EvidenceApi;
import scot.quads.portal.client.EvidenceApi.Pack;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.MemberStatement;
import scot.quads.portal.client.QuadApi.QuadStatements;
import scot.quads.portal.client.QuadApi.SwotItem;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Focus;
import scot.quads.portal.client.ServiceProblem;

/**
 * The quad members' agreed focuses and self-evaluative statements side by side: a row per part (focus, key
 * questions, context, each part of the SWOT, summary) and a column per council; a focus is shown once ADES agreed
 * it, a statement exactly when the council's answers are.
 */
@Path("/quads")
@Produces(MediaType.TEXT_HTML)
public class QuadStatementPages {

    private static final Map<String, String> PARTS = Map.of("strength", "Strengths", "weakness", "Weaknesses",
            "opportunity", "Opportunities", "threat", "Threats");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statements(Comparison comparison, QuadStatements statements,
                List<Part> parts);
    }

    /** One row of the table: a part of the statement and each member's cell. */
    public record Part(String heading, List<Cell> cells) {
    }

    /**
     * One council's text for a part (context or summary), its items of a SWOT part, or its evidence (with the cycle
     * and council to download it from); why it is empty if so.
     */
    public record Cell(String text, List<SwotItem> items, String empty, List<EvidenceApi.Item> evidence,
            String evidencePath) {

        public Cell(String text, List<SwotItem> items, String empty) {
            this(text, items, empty, List.of(), null);
        }
    }

    private final QuadApi quads;
    private final RubricApi rubric;
    private final EvidenceApi evidence;

    public QuadStatementPages(@RestClient QuadApi quads, @RestClient RubricApi rubric,
            @RestClient EvidenceApi evidence) {
        this.quads = quads;
        this.rubric = rubric;
        this.evidence = evidence;
    }

    @GET
    @Path("/{quadId}/statements")
    public String statements(@PathParam("quadId") UUID quadId) {
        Comparison comparison = quads.comparison(quadId);
        QuadStatements statements = quads.statements(quadId);
        Map<String, Focus> focuses = new HashMap<>();
        Map<String, Pack> packs = new HashMap<>();
        for (MemberStatement member : statements.members()) {
            try {
                packs.put(member.councilCode(), evidence.pack(statements.cycleId(), member.councilCode()));
            } catch (RuntimeException notShown) {
                ServiceProblem problem = ServiceProblem.in(notShown);
                if (problem == null || problem.status() >= 500) {
                    throw notShown;
                }
            }
            try {
                focuses.put(member.councilCode(), rubric.focus(statements.cycleId(), member.councilCode()));
            } catch (RuntimeException notShown) {
                ServiceProblem problem = ServiceProblem.in(notShown);
                if (problem == null || problem.status() >= 500) {
                    throw notShown;
                }
                // 404: not agreed yet; 403: not a partner (ADES always sees it). Either way nothing to show.
            }
        }
        List<Part> parts = parts(statements, focuses);
        parts.add(evidence(statements, packs));
        return Templates.statements(comparison, statements, parts).render();
    }

    /** The agreed focus of each member that has one (partners see a focus once ADES agreed it), then the statement. */
    static List<Part> parts(QuadStatements statements, Map<String, Focus> focuses) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("Focus", statements.members().stream().map(m -> {
            Focus focus = focuses.get(m.councilCode());
            if (focus == null || !"agreed".equals(focus.state())) {
                return new Cell(null, List.of(), "No agreed focus yet");
            }
            return new Cell((focus.area() == null ? "" : focus.area() + ": ") + focus.focusQuestion(), List.of(),
                    null);
        }).toList()));
        parts.add(new Part("Key questions", statements.members().stream().map(m -> {
            Focus focus = focuses.get(m.councilCode());
            if (focus == null || !"agreed".equals(focus.state())) {
                return new Cell(null, List.of(), "No agreed focus yet");
            }
            return new Cell(null, focus.keyQuestions().stream().map(k -> new SwotItem(null, "key", k, 0, List.of(),
                    List.of(), List.of())).toList(), focus.keyQuestions().isEmpty() ? "None given" : null);
        }).toList()));
        parts.add(new Part("Context", statements.members().stream()
                .map(m -> text(m, m.statement() == null ? null : m.statement().context())).toList()));
        for (String kind : StatementPages.KINDS) {
            parts.add(new Part(PARTS.get(kind), statements.members().stream().map(m -> {
                if (!m.shown() || m.statement() == null) {
                    return text(m, null);
                }
                List<SwotItem> items = m.statement().swot().stream().filter(item -> item.kind().equals(kind))
                        .sorted((a, b) -> Integer.compare(a.priority(), b.priority())).toList();
                return new Cell(null, items, items.isEmpty() ? "None given" : null);
            }).toList()));
        }
        parts.add(new Part("Summary", statements.members().stream()
                .map(m -> text(m, m.statement() == null ? null : m.statement().summary())).toList()));
        return parts;
    }

    /**
     * Each member's evidence, shown to a partner exactly when rubric-service's reveal rule shows it (the same rule as
     * the answers); the council's own and ADES's always.
     */
    static Part evidence(QuadStatements statements, Map<String, Pack> packs) {
        return new Part("Evidence", statements.members().stream().map(m -> {
            Pack pack = packs.get(m.councilCode());
            if (pack == null || !pack.shown()) {
                return new Cell(null, List.of(), "Not shown yet");
            }
            if (pack.items().isEmpty()) {
                return new Cell(null, List.of(), "No evidence added");
            }
            return new Cell(null, List.of(), null, pack.items(),
                    "/evidence/" + statements.cycleId() + "/" + m.councilCode() + "/");
        }).toList());
    }

    private static Cell text(MemberStatement member, String text) {
        if (!member.shown()) {
            return new Cell(null, List.of(), "Not shown yet");
        }
        if (member.statement() == null) {
            return new Cell(null, List.of(), "No statement submitted");
        }
        return new Cell(text, List.of(), text == null || text.isBlank() ? "Not written" : null);
    }
}
