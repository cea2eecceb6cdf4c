package scot.quads.quad.repository;

import static scot.quads.support.jdbc.Database.array;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * The levels of the councils' shown submissions, one row per council, cycle and question ({@code answer_level}),
 * kept in step with the submissions, together with the national distribution they make ({@code answer_count}, read
 * by {@link AnswerCountRepository}): read models, so that the national picture, the quad's medians and the trend
 * read a few indexed rows instead of unpacking every submission's answers, or counting every council's rows, on
 * each request.
 */
@ApplicationScoped
public class AnswerLevelRepository {

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

    public AnswerLevelRepository(Database database) {
        this.database = database;
    }

    /** A council's level for one question of one cycle: null for "not applicable" and for an answer without one. */
    public record Level(UUID cycleId, UUID rubricVersionId, String questionCode, Integer level,
            boolean notApplicable) {
    }

    /**
     * Rewrites the council's rows for the cycle from its latest shown submission, and the cycle's counts by the
     * difference; call after changing one. The counts change in one statement, in key order, so that consumers of
     * several replicas updating the same counts wait for each other but never deadlock.
     */
    public void refresh(UUID cycleId, String councilCode) {
        database.first("SELECT pg_advisory_xact_lock(hashtextextended(? || '/' || ?, 0)) AS locked", row -> true,
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

    /** The council's levels in one cycle. */
    public List<Level> ofCouncil(UUID cycleId, String councilCode) {
        return database.list("""
                SELECT cycle_id, rubric_version_id, question_code, level, not_applicable FROM answer_level
                WHERE cycle_id = ? AND council_code = ?
                """, AnswerLevelRepository::level, cycleId, councilCode);
    }

    /** The graded levels (not "not applicable", not missing) of these councils in one cycle. */
    public List<Level> gradedOf(UUID cycleId, Collection<String> councils) {
        if (councils.isEmpty()) {
            return List.of();
        }
        return database.list("""
                SELECT cycle_id, rubric_version_id, question_code, level, not_applicable FROM answer_level
                WHERE cycle_id = ? AND council_code = ANY(?) AND level IS NOT NULL AND NOT not_applicable
                """, AnswerLevelRepository::level, cycleId, array("text", new HashSet<>(councils)));
    }

    static Level level(ResultSet row) throws SQLException {
        return new Level(row.getObject("cycle_id", UUID.class), row.getObject("rubric_version_id", UUID.class),
                row.getString("question_code"), row.getObject("level", Integer.class),
                row.getBoolean("not_applicable"));
    }
}
