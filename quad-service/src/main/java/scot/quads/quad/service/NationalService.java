package scot.quads.quad.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import scot.quads.quad.service.NationalPicture.Count;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/**
 * The national picture of a cycle. The counts come from one grouped, indexed query over {@code answer_level},
 * whatever the number of councils; the quad's medians come from the quad's shown answers, under the reveal rule.
 */
@ApplicationScoped
public class NationalService {

    private final EntityManager entityManager;
    private final RevealService reveals;
    private final Caller caller;

    public NationalService(EntityManager entityManager, RevealService reveals, Caller caller) {
        this.entityManager = entityManager;
        this.reveals = reveals;
        this.caller = caller;
    }

    /** {@code council}: whose place to show; a council user may ask only for its own (the default). */
    public NationalPicture picture(UUID cycleId, String council) {
        String code = councilAsked(council);
        Cycle cycle = Cycle.findById(cycleId);
        if (cycle == null) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
        RubricVersion rubric = RubricVersion.findById(cycle.rubricVersionId);
        int submitted = ((Number) entityManager.createNativeQuery(
                "SELECT count(DISTINCT council_code) FROM answer_level WHERE cycle_id = ?1")
                .setParameter(1, cycleId).getSingleResult()).intValue();
        if (rubric == null) {
            return new NationalPicture(cycle.id, cycle.name, code, null, false, NationalPicture.FEWEST_COUNCILS,
                    submitted, List.of());
        }
        List<Count> counts = counts(cycleId);
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
            RevealService.QuadAnswers seen = reveals.answers(quad.get());
            revealed = seen.decision().revealed();
            if (revealed) {
                quadMedians = quadMedians(rubric, seen);
            }
        }
        return new NationalPicture(cycle.id, cycle.name, code, quad.map(q -> q.id).orElse(null), revealed,
                NationalPicture.FEWEST_COUNCILS, submitted,
                NationalPicture.questions(rubric, counts, own, ownNotApplicable, quadMedians));
    }

    private List<Count> counts(UUID cycleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT question_code, level, not_applicable, count(*)
                FROM answer_level WHERE cycle_id = ?1
                GROUP BY question_code, level, not_applicable
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

    private static Map<String, Double> quadMedians(RubricVersion rubric, RevealService.QuadAnswers seen) {
        Map<String, Double> medians = new HashMap<>();
        for (var question : ComparisonService.questions(rubric, seen.shown())) {
            if (question.statistics().median() != null) {
                medians.put(question.questionCode(), question.statistics().median());
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
