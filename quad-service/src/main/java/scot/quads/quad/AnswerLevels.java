package scot.quads.quad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Keeps {@code answer_level} in step with the submissions: one row per council, cycle and question, holding the
 * level of the council's latest shown submission (none while it has none). The national picture and the trend
 * read it with plain indexed queries instead of unpacking every submission's answers on each request.
 */
@ApplicationScoped
public class AnswerLevels {

    private final EntityManager entityManager;

    public AnswerLevels(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Rewrites the council's rows for the cycle from its latest shown submission; call after changing one. */
    public void refresh(UUID cycleId, String councilCode) {
        entityManager.flush();
        entityManager.createNativeQuery("DELETE FROM answer_level WHERE cycle_id = ?1 AND council_code = ?2")
                .setParameter(1, cycleId).setParameter(2, councilCode).executeUpdate();
        entityManager.createNativeQuery("""
                INSERT INTO answer_level (cycle_id, council_code, question_code, rubric_version_id, level,
                                          not_applicable)
                SELECT s.cycle_id, s.council_code, a ->> 'questionCode', s.rubric_version_id,
                       CASE WHEN coalesce((a ->> 'notApplicable')::boolean, false) THEN NULL
                            ELSE (a ->> 'level')::integer END,
                       coalesce((a ->> 'notApplicable')::boolean, false)
                FROM (SELECT * FROM submission s
                      WHERE s.cycle_id = ?1 AND s.council_code = ?2 AND s.submitted_at IS NOT NULL
                        AND (s.withdrawn_at IS NULL OR s.withdrawn_at < s.submitted_at)
                      ORDER BY s.submitted_at DESC LIMIT 1) s,
                     jsonb_array_elements(coalesce(s.answers, '[]'::jsonb)) a
                WHERE a ->> 'questionCode' IS NOT NULL
                ON CONFLICT DO NOTHING
                """).setParameter(1, cycleId).setParameter(2, councilCode).executeUpdate();
    }
}
