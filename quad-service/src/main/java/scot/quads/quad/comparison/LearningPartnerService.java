package scot.quads.quad.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Council;
import scot.quads.quad.Quad;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.membership.QuadService;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.reveal.Reveal;
import scot.quads.quad.reveal.RevealService;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;
import scot.quads.support.security.CouncilCodes;

/** A quad member's learning partners, under the same reveal rule as the side-by-side comparison. */
@ApplicationScoped
public class LearningPartnerService {

    private final CouncilRepository councils;
    private final RubricVersionRepository rubricVersions;
    private final QuadService quads;
    private final RevealService reveals;
    private final Caller caller;
    private final CouncilCodes codes;

    public LearningPartnerService(CouncilRepository councils, RubricVersionRepository rubricVersions,
            QuadService quads, RevealService reveals, Caller caller, CouncilCodes codes) {
        this.codes = codes;
        this.councils = councils;
        this.rubricVersions = rubricVersions;
        this.quads = quads;
        this.reveals = reveals;
        this.caller = caller;
    }

    /** {@code council}: a member of the quad; a council user may ask only for its own (the default). */
    public LearningPartners find(UUID quadId, String council) {
        Quad quad = quads.liveQuad(quadId);
        String code = councilAsked(council);
        if (!quad.hasMember(code)) {
            throw ProblemException.badRequest("Council " + code + " is not a member of quad " + quadId,
                    new Problem.FieldError("council", "is not a member of this quad"));
        }
        RevealService.QuadAnswers seen = reveals.answers(quad);
        Reveal.Decision decision = seen.decision();
        Submission own = decision.shows(code) ? seen.submissions().get(code) : null;
        if (!decision.revealed()) {
            return new LearningPartners(quad.id, quad.cycleId, code, false, decision.reason(),
                    decision.explanation(), seen.submissions().containsKey(code), null);
        }
        RubricVersion rubric = rubricVersions.find(seen.cycle().rubricVersionId);
        Map<String, String> names = new HashMap<>();
        councils.byCode(seen.members()).forEach((c, member) -> names.put(c, member.name));
        List<LearningPartners.QuestionPartners> questions = rubric == null ? List.of()
                : LearningPartners.find(rubric, code, own, seen.shown(), names);
        return new LearningPartners(quad.id, quad.cycleId, code, true, decision.reason(), decision.explanation(),
                seen.submissions().containsKey(code), questions);
    }

    private String councilAsked(String council) {
        if (council == null || council.isBlank()) {
            if (caller.isAdes() || caller.isAssignedReader()) {
                throw ProblemException.badRequest("council is required unless you are a council's user: name the"
                        + " member to look for",
                        new Problem.FieldError("council", "is required"));
            }
            return caller.requireCouncil().trim().toUpperCase();
        }
        String code = codes.current(council.trim().toUpperCase());
        if (!caller.isAdes() && !caller.isAssignedReader() && !caller.belongsTo(code)) {
            throw ProblemException.forbidden("You can only look for your own council's learning partners");
        }
        return code;
    }
}
