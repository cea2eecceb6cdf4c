package scot.quads.rubric.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.CouncilProgress;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.support.jdbc.Database;

/**
 * How far each active council has got in a cycle, read across the council projection, the evaluations and their
 * answers in one grouped query whatever the number of councils: a read model, not an aggregate, so plain SQL.
 */
@ApplicationScoped
public class CycleProgress {

    private final Database database;

    public CycleProgress(Database database) {
        this.database = database;
    }

    /**
     * One line per active council, by name, with its evaluation's standing; {@code total} items every council must
     * answer. The counting is {@link scot.quads.rubric.service.Completion}'s, the submit rule's, in SQL: a graded
     * item (an indicator graded as a whole, or a graded question) is answered by a level or "not applicable", a
     * required narrative question by some text, and neither by a carried-forward answer nobody confirmed; an optional
     * narrative question holding such an answer is one more item to settle.
     */
    public List<CouncilProgress> of(UUID cycleId, long total) {
        // Each evaluation's answers are read once for all three figures (the last edit and both counts), where
        // three sub-queries read them three times: visiting each answer's row is what the query costs.
        return database.list("""
                SELECT c.gss_code, c.name, e.state, GREATEST(e.updated_at, s.last_answer_at) AS last_edited_at,
                       e.submitted_at, s.answered, s.optional_to_confirm
                  FROM council c
                  LEFT JOIN self_evaluation e ON e.council_code = c.gss_code AND e.cycle_id = ?
                  LEFT JOIN LATERAL (
                       SELECT max(a.updated_at) AS last_answer_at,
                              count(*) FILTER (WHERE NOT a.carried_forward AND CASE
                                  WHEN q.id IS NULL OR q.kind = 'graded' THEN a.level IS NOT NULL OR a.not_applicable
                                  ELSE q.required AND (a.evidence ~ '\\S' OR a.strengths ~ '\\S'
                                       OR a.areas_for_improvement ~ '\\S' OR a.next_steps ~ '\\S') END) AS answered,
                              count(*) FILTER (WHERE a.carried_forward AND NOT q.required) AS optional_to_confirm
                         FROM answer a LEFT JOIN question q ON q.id = a.question_id
                        WHERE a.evaluation_id = e.id) s ON true
                 WHERE c.active
                 ORDER BY c.name, c.gss_code""", row -> new CouncilProgress(row.getString("gss_code"),
                row.getString("name"),
                row.getString("state") == null ? SelfEvaluation.NOT_STARTED : row.getString("state"),
                row.getLong("answered"), total + row.getLong("optional_to_confirm"),
                row.getObject("last_edited_at", OffsetDateTime.class),
                row.getObject("submitted_at", OffsetDateTime.class)), cycleId);
    }

    /** Active councils without a submitted self-evaluation in the cycle, by code. */
    public List<String> councilsNotSubmitted(UUID cycleId) {
        return database.list("""
                SELECT c.gss_code FROM council c
                 WHERE c.active
                   AND NOT EXISTS (SELECT 1 FROM self_evaluation e
                                    WHERE e.cycle_id = ? AND e.council_code = c.gss_code AND e.state = 'submitted')
                 ORDER BY c.gss_code""", row -> row.getString("gss_code"), cycleId);
    }
}
