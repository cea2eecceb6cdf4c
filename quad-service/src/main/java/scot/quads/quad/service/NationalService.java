package scot.quads.quad.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import scot.quads.quad.Submission;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.service.LevelStatistics.Grade;
import scot.quads.quad.service.NationalPicture.Count;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/**
 * The national picture of a cycle. The counts come from one grouped, indexed query over {@code answer_level},
 * whatever the number of councils; the quad's medians come from the quad's shown answers, under the reveal rule.
 * Councils see the counts only once their quad's answers are revealed to them or the submission deadline has
 * passed: before that, a partner's submission (which the quad is told about) would show the partner's levels as
 * the change it makes to the counts.
 */
@ApplicationScoped
public class NationalService {

    private final EntityManager entityManager;
    private final RevealService reveals;
    private final Caller caller;
    private final Clock clock;
    private final QuadConfig config;
    private final RubricVersions rubricVersions;

    public NationalService(EntityManager entityManager, RevealService reveals, Caller caller, Clock clock,
            QuadConfig config, RubricVersions rubricVersions) {
        this.rubricVersions = rubricVersions;
        this.entityManager = entityManager;
        this.reveals = reveals;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** {@code council}: whose place to show; a council user may ask only for its own (the default). */
    public NationalPicture picture(UUID cycleId, String council) {
        String code = councilAsked(council);
        Cycle cycle = Cycle.findById(cycleId);
        if (cycle == null) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
        RubricVersion rubric = rubricVersions.find(cycle.rubricVersionId);
        int submitted = ((Number) entityManager.createNativeQuery("""
                SELECT count(DISTINCT council_code) FROM submission
                WHERE cycle_id = ?1 AND submitted_at IS NOT NULL
                  AND (withdrawn_at IS NULL OR withdrawn_at < submitted_at)
                """).setParameter(1, cycleId).getSingleResult()).intValue();
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
                    Submission.latestStampsFor(cycleId, members), caller.isAdes());
            revealed = decision.revealed();
            if (revealed) {
                quadMedians = quadMedians(rubric, cycleId,
                        members.stream().filter(decision::shows).toList());
            }
        }
        String withheld = revealed ? null : withheldBecause(cycle);
        List<Count> counts = withheld == null ? counts(cycleId) : List.of();
        return new NationalPicture(cycle.id, cycle.name, code, quad.map(q -> q.id).orElse(null), revealed,
                NationalPicture.FEWEST_COUNCILS, submitted,
                NationalPicture.questions(rubric, counts, own, ownNotApplicable, quadMedians, withheld));
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT question_code, level, not_applicable, councils
                FROM answer_count WHERE cycle_id = ?1 AND councils > 0
                """).setParameter(1, cycleId).getResultList();
        List<Count> counts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            counts.add(new Count((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(),
                    (Boolean) row[2], ((Number) row[3]).intValue()));
        }
        return counts;
    }

    private void ownLevels(UUID cycleId, String code, Map<String, Integer> own, Set<String> notApplicable) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT question_code, level, not_applicable FROM answer_level
                WHERE cycle_id = ?1 AND council_code = ?2
                """).setParameter(1, cycleId).setParameter(2, code).getResultList();
        for (Object[] row : rows) {
            if ((Boolean) row[2]) {
                notApplicable.add((String) row[0]);
            } else if (row[1] != null) {
                own.put((String) row[0], ((Number) row[1]).intValue());
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT question_code, level FROM answer_level
                WHERE cycle_id = ?1 AND council_code IN (?2) AND level IS NOT NULL AND NOT not_applicable
                """).setParameter(1, cycleId).setParameter(2, shown).getResultList();
        Map<String, List<Grade>> grades = new HashMap<>();
        for (Object[] row : rows) {
            grades.computeIfAbsent((String) row[0], key -> new ArrayList<>())
                    .add(Grade.of(((Number) row[1]).intValue()));
        }
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
        String code = council.trim().toUpperCase();
        if (!caller.isAdes() && !caller.belongsTo(code)) {
            throw ProblemException.forbidden("You can only see where your own council sits in the national picture");
        }
        return code;
    }
}
