package scot.quads.quad;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * Keeps {@code answer_level} in step with the submissions: one row per council, cycle and question, holding the
 * level of the council's latest shown submission (none while it has none); and {@code answer_count}, the national
 * distribution those rows make, by adding the council's new rows and taking away its old ones. The national
 * picture and the trend read them with plain indexed queries instead of unpacking every submission's answers, or
 * counting every council's rows, on each request.
 */
@ApplicationScoped
public class AnswerLevels {

    /** The council's latest shown submission's answers, one per question (the first, if a question repeats). */
    private static final String NEW_LEVELS = """
            SELECT DISTINCT ON (a.value ->> 'questionCode')
                   s.cycle_id, s.council_code, a.value ->> 'questionCode' AS question_code, s.rubric_version_id,
                   CASE WHEN coalesce((a.value ->> 'notApplicable')::boolean, false) THEN NULL
                        ELSE (a.value ->> 'level')::integer END AS level,
                   coalesce((a.value ->> 'notApplicable')::boolean, false) AS not_applicable
            FROM (SELECT * FROM submission s
                  WHERE s.cycle_id = ? AND s.council_code = ? AND s.submitted_at IS NOT NULL
                    AND (s.withdrawn_at IS NULL OR s.withdrawn_at < s.submitted_at)
                  ORDER BY s.submitted_at DESC LIMIT 1) s,
                 jsonb_array_elements(coalesce(s.answers, '[]'::jsonb)) WITH ORDINALITY a
            WHERE a.value ->> 'questionCode' IS NOT NULL
            ORDER BY a.value ->> 'questionCode', a.ordinality
            """;

    private final Database database;

    public AnswerLevels(Database database) {
        this.database = database;
    }

    /**
     * Rewrites the council's rows for the cycle from its latest shown submission, and the cycle's counts by the
     * difference; call after changing one. The counts change in one statement, in key order, so that consumers of
     * several replicas updating the same counts wait for each other but never deadlock.
     */
    public void refresh(UUID cycleId, String councilCode) {
        database.first("SELECT pg_advisory_xact_lock(hashtextextended(? || '/' || ?, 0))", row -> true,
                cycleId.toString(), councilCode);
        database.update("""
                INSERT INTO answer_count AS c (cycle_id, question_code, level, not_applicable, councils)
                SELECT ?, d.question_code, d.level, d.not_applicable, sum(d.delta)
                FROM (SELECT question_code, level, not_applicable, -1 AS delta FROM answer_level
                      WHERE cycle_id = ? AND council_code = ?
                      UNION ALL
                      SELECT question_code, level, not_applicable, 1 FROM (%s) n) d
                GROUP BY d.question_code, d.level, d.not_applicable
                HAVING sum(d.delta) <> 0
                ORDER BY d.question_code, d.level NULLS FIRST, d.not_applicable
                ON CONFLICT (cycle_id, question_code, level, not_applicable)
                DO UPDATE SET councils = c.councils + EXCLUDED.councils
                """.formatted(NEW_LEVELS), cycleId, cycleId, councilCode, cycleId, councilCode);
        database.update("DELETE FROM answer_level WHERE cycle_id = ? AND council_code = ?", cycleId, councilCode);
        database.update("""
                INSERT INTO answer_level (cycle_id, council_code, question_code, rubric_version_id, level,
                                          not_applicable)
                SELECT cycle_id, council_code, question_code, rubric_version_id, level, not_applicable
                FROM (%s) n
                """.formatted(NEW_LEVELS), cycleId, councilCode);
    }
}
