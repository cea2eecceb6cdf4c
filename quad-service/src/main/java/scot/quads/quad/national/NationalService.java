package scot.quads.quad.national;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.comparison.LevelStatistics.Grade;
import scot.quads.quad.comparison.LevelStatistics;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.national.NationalPicture.Count;
import scot.quads.quad.repository.AnswerCountRepository;
import scot.quads.quad.repository.AnswerLevelRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.repository.SubmissionRepository;
import scot.quads.quad.reveal.Reveal;
import scot.quads.quad.reveal.RevealService;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;
import scot.quads.support.security.CouncilCodes;

/**
 * The national picture of a cycle. The counts come from one grouped, indexed query over {@code answer_level},
 * whatever the number of councils; the quad's medians come from the quad's shown answers, under the reveal rule.
 * Councils see the counts only once their quad's answers are revealed to them or the submission deadline has
 * passed: before that, a partner's submission (which the quad is told about) would show the partner's levels as
 * the change it makes to the counts.
 */
@ApplicationScoped
public class NationalService {

    private final CycleRepository cycles;
    private final SubmissionRepository submissions;
    private final AnswerLevelRepository answerLevels;
    private final AnswerCountRepository answerCounts;
    private final RubricVersionRepository rubricVersions;
    private final RevealService reveals;
    private final Caller caller;
    private final Clock clock;
    private final QuadConfig config;
    private final CouncilCodes codes;

    public NationalService(CycleRepository cycles, SubmissionRepository submissions,
            AnswerLevelRepository answerLevels, AnswerCountRepository answerCounts,
            RubricVersionRepository rubricVersions, RevealService reveals, Caller caller, Clock clock,
            QuadConfig config, CouncilCodes codes) {
        this.codes = codes;
        this.cycles = cycles;
        this.submissions = submissions;
        this.answerLevels = answerLevels;
        this.answerCounts = answerCounts;
        this.rubricVersions = rubricVersions;
        this.reveals = reveals;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** {@code council}: whose place to show; a council user may ask only for its own (the default). */
    public NationalPicture picture(UUID cycleId, String council) {
        String code = councilAsked(council);
        Cycle cycle = cycles.find(cycleId).orElse(null);
        if (cycle == null) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
        RubricVersion rubric = rubricVersions.find(cycle.rubricVersionId);
        int submitted = submissions.councilsSubmitted(cycleId);
        if (rubric == null) {
            return new NationalPicture(cycle.id, cycle.name, code, null, false, NationalPicture.FEWEST_COUNCILS,
                    submitted, List.of());
        }
        Map<String, Integer> own = new HashMap<>();
        Set<String> ownNotApplicable = new HashSet<>();
        if (code != null) {
            ownLevels(cycleId, code, own, ownNotApplicable);
        }
        Optional<Quad> quad = code == null ? Optional.empty()
                : Quad.ofCouncil(cycleId, code).filter(q -> !q.dissolved());
        Map<String, Double> quadMedians = new HashMap<>();
        boolean revealed = false;
        if (quad.isPresent()) {
            List<String> members = quad.get().memberCodes();
            Reveal.Decision decision = reveals.decideFromStamps(cycle, members,
                    submissions.latestStampsFor(cycleId, members), caller.isAdes());
            revealed = decision.revealed();
            if (revealed) {
                quadMedians = quadMedians(rubric, cycleId,
                        members.stream().filter(decision::shows).toList());
            }
        }
        String withheld = revealed ? null : withheldBecause(cycle);
        List<Count> counts = withheld == null ? counts(cycleId) : List.of();
        // What a council user can know without the picture: its own levels and (once revealed) its partners'.
        boolean councilViewer = !caller.isAdes();
        Map<String, Integer> gradedByOwnQuad = new HashMap<>();
        if (councilViewer && withheld == null) {
            List<String> known = quad.map(Quad::memberCodes).orElse(List.of(code));
            answerLevels.gradedOf(cycleId, known)
                    .forEach(level -> gradedByOwnQuad.merge(level.questionCode(), 1, Integer::sum));
        }
        return new NationalPicture(cycle.id, cycle.name, code, quad.map(q -> q.id).orElse(null), revealed,
                NationalPicture.FEWEST_COUNCILS, submitted,
                NationalPicture.questions(rubric, counts, own, ownNotApplicable, quadMedians, withheld,
                        gradedByOwnQuad, councilViewer));
    }

    private String withheldBecause(Cycle cycle) {
        if (caller.isAdes() || cycle.submissionDeadline == null
                || !clock.instant().isBefore(Reveal.deadlinePasses(cycle.submissionDeadline, config.timeZone())
                        .toInstant())) {
            return null;
        }
        return "The national picture is shown once your quad's answers are revealed to you or the submission"
                + " deadline (" + DateTimeFormatter.ofPattern("d MMMM yyyy").format(cycle.submissionDeadline)
                + ") has passed, so that no partner's levels can be read from the change its submission makes";
    }

    private List<Count> counts(UUID cycleId) {
        return answerCounts.ofCycle(cycleId).stream()
                .map(c -> new Count(c.questionCode(), c.level(), c.notApplicable(), c.councils())).toList();
    }

    private void ownLevels(UUID cycleId, String code, Map<String, Integer> own, Set<String> notApplicable) {
        for (AnswerLevelRepository.Level level : answerLevels.ofCouncil(cycleId, code)) {
            if (level.notApplicable()) {
                notApplicable.add(level.questionCode());
            } else if (level.level() != null) {
                own.put(level.questionCode(), level.level());
            }
        }
    }

    /**
     * The median level per question of the shown members, from their rows in {@code answer_level} (the levels of
     * their latest shown submissions) rather than from their submissions' answers.
     */
    private Map<String, Double> quadMedians(RubricVersion rubric, UUID cycleId, List<String> shown) {
        Map<String, Double> medians = new HashMap<>();
        if (shown.isEmpty()) {
            return medians;
        }
        Map<String, List<Grade>> grades = new HashMap<>();
        answerLevels.gradedOf(cycleId, shown).forEach(level -> grades
                .computeIfAbsent(level.questionCode(), key -> new ArrayList<>()).add(Grade.of(level.level())));
        for (RubricVersion.Question question : rubric.questions) {
            Double median = LevelStatistics.of(grades.getOrDefault(question.code(), List.of())).median();
            if (median != null) {
                medians.put(question.code(), median);
            }
        }
        return medians;
    }

    private String councilAsked(String council) {
        if (council == null || council.isBlank()) {
            return caller.isAdes() ? null : caller.requireCouncil().trim().toUpperCase();
        }
        String code = codes.current(council.trim().toUpperCase());
        if (!caller.isAdes() && !caller.belongsTo(code)) {
            throw ProblemException.forbidden("You can only see where your own council sits in the national picture");
        }
        return code;
    }
}
