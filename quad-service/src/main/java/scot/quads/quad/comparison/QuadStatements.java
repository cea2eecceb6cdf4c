package scot.quads.quad.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Council;
import scot.quads.quad.Quad;
import scot.quads.quad.Submission;
import scot.quads.quad.membership.QuadService;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.reveal.RevealService;
import scot.quads.quad.reveal.RevealService.QuadAnswers;

/**
 * The quad members' self-evaluative statements side by side, each shown under the same reveal rule as that
 * member's answers: a partner sees a statement exactly when it sees the answers submitted with it.
 */
@ApplicationScoped
public class QuadStatements {

    private final QuadService quads;
    private final RevealService reveals;
    private final CouncilRepository councils;

    public QuadStatements(QuadService quads, RevealService reveals, CouncilRepository councils) {
        this.quads = quads;
        this.reveals = reveals;
        this.councils = councils;
    }

    /** One member: its statement when the caller may see its answers (null otherwise, or when it wrote none). */
    public record MemberStatement(String councilCode, String councilName, boolean shown, OffsetDateTime submittedAt,
            Submission.Statement statement) {
    }

    /** Every member in the quad's order, with why the hidden ones are hidden. */
    public record Statements(UUID quadId, UUID cycleId, boolean revealed, String explanation,
            List<MemberStatement> members) {
    }

    public Statements of(UUID quadId) {
        Quad quad = quads.liveQuad(quadId);
        QuadAnswers answers = reveals.answers(quad);
        Map<String, Council> names = councils.byCode(answers.members());
        List<MemberStatement> members = answers.members().stream().map(code -> {
            Submission submission = answers.submissions().get(code);
            boolean shown = submission != null && answers.decision().shows(code);
            Council council = names.get(code);
            return new MemberStatement(code, council == null ? code : council.name, shown,
                    shown ? submission.submittedAt : null, shown ? submission.statement : null);
        }).toList();
        return new Statements(quad.id, quad.cycleId, answers.decision().revealed(),
                answers.decision().explanation(), members);
    }
}
