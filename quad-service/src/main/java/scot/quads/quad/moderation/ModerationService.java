package scot.quads.quad.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.comparison.ComparisonAnalysis;
import scot.quads.quad.comparison.ComparisonService;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.national.NationalPicture;
import scot.quads.quad.repository.AnswerCountRepository;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.repository.SubmissionRepository;
import scot.quads.quad.reveal.Reveal;
import scot.quads.quad.reveal.RevealService;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/**
 * Moderation across every quad of a cycle. ADES, and every ADES officer and link inspector whatever their
 * assignments: moderation is the consistency across quads that ADES officers were valued for, so it looks at all
 * of them. Each quad's answers count only once its reveal rule shows them to the quad's own members, whoever asks
 * (ADES included); the national counts are withheld from officers and inspectors until the submission deadline has
 * passed (as from councils), since before that a change in them could betray a council's unrevealed levels.
 */
@ApplicationScoped
public class ModerationService {

    private final CycleRepository cycles;
    private final RubricVersionRepository rubricVersions;
    private final SubmissionRepository submissions;
    private final AnswerCountRepository answerCounts;
    private final CouncilRepository councils;
    private final RevealService reveals;
    private final Caller caller;
    private final Clock clock;
    private final QuadConfig config;

    public ModerationService(CycleRepository cycles, RubricVersionRepository rubricVersions,
            SubmissionRepository submissions, AnswerCountRepository answerCounts, CouncilRepository councils,
            RevealService reveals, Caller caller, Clock clock, QuadConfig config) {
        this.cycles = cycles;
        this.rubricVersions = rubricVersions;
        this.submissions = submissions;
        this.answerCounts = answerCounts;
        this.councils = councils;
        this.reveals = reveals;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    public Moderation of(UUID cycleId) {
        if (!caller.isAdes() && !caller.isAdesOfficer() && !caller.isLinkInspector()) {
            throw ProblemException.forbidden("Moderation is for ADES, ADES officers and link inspectors");
        }
        Cycle cycle = cycles.find(cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
        RubricVersion rubric = rubricVersions.find(cycle.rubricVersionId);
        if (rubric == null) {
            throw ProblemException.conflict("The rubric version of this cycle (" + cycle.rubricVersionId
                    + ") has not reached the quad service yet; try again in a moment");
        }
        List<Quad> quads = Quad.inCycle(cycleId);
        Set<String> codes = new HashSet<>();
        quads.forEach(quad -> codes.addAll(quad.memberCodes()));
        Map<String, String> names = new HashMap<>();
        councils.byCode(codes).forEach((code, council) -> names.put(code, council.name));

        List<Moderation.QuadStatus> statuses = new ArrayList<>();
        List<Moderation.RevealedQuad> revealed = new ArrayList<>();
        for (Quad quad : quads) {
            List<String> members = quad.memberCodes();
            Map<String, Submission> latest = submissions.latestFor(cycleId, members);
            Reveal.Decision decision = reveals.decide(cycle, members, latest, false);
            statuses.add(new Moderation.QuadStatus(quad.id, quad.name, decision.revealed(),
                    decision.revealed() ? null : decision.explanation()));
            if (decision.revealed()) {
                List<Submission> shown = members.stream().filter(decision::shows).map(latest::get)
                        .filter(s -> s != null).toList();
                revealed.add(new Moderation.RevealedQuad(quad.id, quad.name, shown, ComparisonAnalysis.flags(
                        ComparisonService.questions(rubric, shown), config.thinEvidenceBelow())));
            }
        }
        String withheld = withheldBecause(cycle);
        List<NationalPicture.Count> counts = withheld != null ? List.of()
                : answerCounts.ofCycle(cycleId).stream().map(c -> new NationalPicture.Count(c.questionCode(),
                        c.level(), c.notApplicable(), c.councils())).toList();
        List<NationalPicture.NationalQuestion> national = NationalPicture.questions(rubric, counts, Map.of(),
                Set.of(), Map.of(), withheld);
        return new Moderation(cycle.id, cycle.name, rubric.label, rubric.gradedPerIndicator,
                NationalPicture.FEWEST_COUNCILS, Moderation.STANDS_APART_AT, Moderation.RULE, withheld,
                List.copyOf(statuses), Moderation.items(rubric, national, revealed, names));
    }

    private String withheldBecause(Cycle cycle) {
        if (caller.isAdes() || cycle.submissionDeadline == null
                || !clock.instant().isBefore(Reveal.deadlinePasses(cycle.submissionDeadline, config.timeZone())
                        .toInstant())) {
            return null;
        }
        return "The national distribution is shown to ADES officers and link inspectors once the submission"
                + " deadline (" + DateTimeFormatter.ofPattern("d MMMM yyyy").format(cycle.submissionDeadline)
                + ") has passed, so that no council's unrevealed levels can be read from the change its submission"
                + " makes";
    }
}
