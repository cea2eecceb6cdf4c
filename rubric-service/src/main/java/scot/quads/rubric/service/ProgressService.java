package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.Question;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.support.problem.ProblemException;

/** ADES's overview of a cycle: one line per active council, read in one query whatever the number of councils. */
@ApplicationScoped
public class ProgressService {

    /** One council's standing; {@code state} is not-started when it has saved nothing. */
    public record CouncilProgress(String councilCode, String councilName, String state, long answered, long total,
            OffsetDateTime lastEditedAt, OffsetDateTime submittedAt) {

        public int percentAnswered() {
            return total == 0 ? 0 : (int) Math.floor(answered * 100.0 / total);
        }
    }

    public List<CouncilProgress> of(UUID cycleId) {
        Cycle cycle = Cycle.<Cycle>findByIdOptional(cycleId)
                .orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
        long total = Question.count("versionId", cycle.rubricVersionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Cycle.getEntityManager().createNativeQuery("""
                SELECT c.gss_code, c.name, e.state,
                       GREATEST(e.updated_at, (SELECT max(a.updated_at) FROM answer a WHERE a.evaluation_id = e.id)),
                       e.submitted_at,
                       (SELECT count(*) FROM answer a
                         WHERE a.evaluation_id = e.id AND (a.level IS NOT NULL OR a.not_applicable)) AS answered
                  FROM council c
                  LEFT JOIN self_evaluation e ON e.council_code = c.gss_code AND e.cycle_id = ?1
                 WHERE c.active
                 ORDER BY c.name, c.gss_code""")
                .setParameter(1, cycleId)
                .getResultList();
        return rows.stream().map(row -> new CouncilProgress((String) row[0], (String) row[1],
                row[2] == null ? SelfEvaluation.NOT_STARTED : (String) row[2],
                row[5] == null ? 0 : ((Number) row[5]).longValue(), total, timestamp(row[3]), timestamp(row[4])))
                .toList();
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
