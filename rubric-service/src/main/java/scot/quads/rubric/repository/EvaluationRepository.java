package scot.quads.rubric.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.rubric.Answer;
import scot.quads.rubric.AuditEntry;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.service.ProgressService.CouncilProgress;
import scot.quads.support.jdbc.Database;

/**
 * Self-evaluations, their answers and the audit trail. A change of a whole evaluation holds its row's exclusive lock
 * ({@link #lock}); the autosave's own statements are in {@code AnswerStore}.
 */
@ApplicationScoped
public class EvaluationRepository {

    /** Rows sent to PostgreSQL in one round trip when many are written together. */
    private static final int BATCH = 50;

    private final Database database;

    public EvaluationRepository(Database database) {
        this.database = database;
    }

    public Optional<SelfEvaluation> of(UUID cycleId, String councilCode) {
        return database.first(EVALUATION + " WHERE cycle_id = ? AND council_code = ?",
                EvaluationRepository::evaluation, cycleId, councilCode);
    }

    /** The evaluation, locked exclusively for the rest of the transaction. */
    public Optional<SelfEvaluation> lock(UUID cycleId, String councilCode) {
        return database.first(EVALUATION + " WHERE cycle_id = ? AND council_code = ? FOR UPDATE",
                EvaluationRepository::evaluation, cycleId, councilCode);
    }

    /** The evaluation's row, created as a draft if this is its first save; locked for the rest of the transaction. */
    public SelfEvaluation lockOrStart(UUID cycleId, String councilCode, String by) {
        Optional<SelfEvaluation> existing = lock(cycleId, councilCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        database.update("""
                INSERT INTO self_evaluation (id, cycle_id, council_code, state, created_by)
                VALUES (?, ?, ?, 'draft', ?)
                ON CONFLICT (cycle_id, council_code) DO NOTHING""", UUID.randomUUID(), cycleId, councilCode, by);
        return lock(cycleId, councilCode).orElseThrow();
    }

    /** Writes the evaluation's state as it now stands (the caller holds its lock and has bumped its version). */
    public void update(SelfEvaluation evaluation) {
        database.update("""
                UPDATE self_evaluation SET state = ?, updated_at = ?, submitted_at = ?, submitted_by = ?,
                    returned_at = ?, returned_by = ?, return_reason = ?, version = ?
                WHERE id = ?""", evaluation.state, evaluation.updatedAt, evaluation.submittedAt,
                evaluation.submittedBy, evaluation.returnedAt, evaluation.returnedBy, evaluation.returnReason,
                evaluation.version, evaluation.id);
    }

    public List<Answer> answersOf(UUID evaluationId) {
        return database.list(ANSWER + " WHERE evaluation_id = ?", EvaluationRepository::answer, evaluationId);
    }

    public Optional<Answer> answer(UUID evaluationId, UUID questionId) {
        return database.first(ANSWER + " WHERE evaluation_id = ? AND question_id = ?", EvaluationRepository::answer,
                evaluationId, questionId);
    }

    /** Inserts the answers (a carry-forward's) in batches, not one round trip each. */
    public void insert(List<Answer> answers) {
        database.with(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO answer (id, evaluation_id, question_id, question_code, level, not_applicable,
                        not_applicable_reason, evidence, strengths, areas_for_improvement, next_steps,
                        carried_forward, carry_note, version, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int pending = 0;
                for (Answer answer : answers) {
                    int i = 0;
                    insert.setObject(++i, answer.id);
                    insert.setObject(++i, answer.evaluationId);
                    insert.setObject(++i, answer.questionId);
                    insert.setString(++i, answer.questionCode);
                    insert.setObject(++i, answer.level, Types.INTEGER);
                    insert.setBoolean(++i, answer.notApplicable);
                    insert.setString(++i, answer.notApplicableReason);
                    insert.setString(++i, answer.evidence);
                    insert.setString(++i, answer.strengths);
                    insert.setString(++i, answer.areasForImprovement);
                    insert.setString(++i, answer.nextSteps);
                    insert.setBoolean(++i, answer.carriedForward);
                    insert.setString(++i, answer.carryNote);
                    insert.setLong(++i, answer.version);
                    insert.setObject(++i, answer.updatedAt);
                    insert.setString(++i, answer.updatedBy);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            return null;
        });
    }

    /** Writes the answer as it now stands if the stored one is still at {@code expected}; false otherwise. */
    public boolean updateIfAt(Answer answer, long expected) {
        return database.update("""
                UPDATE answer SET level = ?, not_applicable = ?, not_applicable_reason = ?, evidence = ?,
                    strengths = ?, areas_for_improvement = ?, next_steps = ?, carried_forward = ?, carry_note = ?,
                    version = ?, updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?""", answer.level, answer.notApplicable, answer.notApplicableReason,
                answer.evidence, answer.strengths, answer.areasForImprovement, answer.nextSteps,
                answer.carriedForward, answer.carryNote, answer.version, answer.updatedAt, answer.updatedBy,
                answer.id, expected) == 1;
    }

    public void insert(AuditEntry entry) {
        entry.id = database.first("""
                INSERT INTO audit_entry (occurred_at, actor, action, subject_type, subject_id, cycle_id, council_code,
                    question_code, old_level, new_level, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", row -> row.getLong(1), entry.occurredAt,
                entry.actor, entry.action, entry.subjectType, entry.subjectId, entry.cycleId, entry.councilCode,
                entry.questionCode, entry.oldLevel, entry.newLevel, entry.detail).orElseThrow();
    }

    /** A council's audit trail in a cycle, newest first. */
    public List<AuditEntry> auditOf(UUID cycleId, String councilCode) {
        return database.list(AUDIT + " WHERE cycle_id = ? AND council_code = ? ORDER BY id DESC",
                EvaluationRepository::audit, cycleId, councilCode);
    }

    /** The audit rows of one action on one subject (a cycle, a version, an evaluation), oldest first. */
    public List<AuditEntry> auditOfSubject(UUID subjectId, String action) {
        return database.list(AUDIT + " WHERE subject_id = ? AND action = ? ORDER BY id",
                EvaluationRepository::audit, subjectId, action);
    }

    /** The audit rows of one action in a council's evaluation of a cycle, oldest first. */
    public List<AuditEntry> auditOf(UUID cycleId, String councilCode, String action) {
        return database.list(AUDIT + " WHERE cycle_id = ? AND council_code = ? AND action = ? ORDER BY id",
                EvaluationRepository::audit, cycleId, councilCode, action);
    }

    /** One line per active council, with its evaluation's standing in the cycle; {@code total} questions. */
    public List<CouncilProgress> progress(UUID cycleId, long total) {
        return database.list("""
                SELECT c.gss_code, c.name, e.state,
                       GREATEST(e.updated_at, (SELECT max(a.updated_at) FROM answer a WHERE a.evaluation_id = e.id)),
                       e.submitted_at,
                       (SELECT count(*) FROM answer a
                         WHERE a.evaluation_id = e.id AND (a.level IS NOT NULL OR a.not_applicable)) AS answered
                  FROM council c
                  LEFT JOIN self_evaluation e ON e.council_code = c.gss_code AND e.cycle_id = ?
                 WHERE c.active
                 ORDER BY c.name, c.gss_code""", row -> new CouncilProgress(row.getString(1), row.getString(2),
                row.getString(3) == null ? SelfEvaluation.NOT_STARTED : row.getString(3), row.getLong(6), total,
                row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class)), cycleId);
    }

    private static final String EVALUATION = """
            SELECT id, cycle_id, council_code, state, created_at, created_by, updated_at, submitted_at, submitted_by,
                returned_at, returned_by, return_reason, version FROM self_evaluation""";
    private static final String ANSWER = """
            SELECT id, evaluation_id, question_id, question_code, level, not_applicable, not_applicable_reason,
                evidence, strengths, areas_for_improvement, next_steps, carried_forward, carry_note, version,
                updated_at, updated_by FROM answer""";
    private static final String AUDIT = """
            SELECT id, occurred_at, actor, action, subject_type, subject_id, cycle_id, council_code, question_code,
                old_level, new_level, detail FROM audit_entry""";

    private static SelfEvaluation evaluation(ResultSet row) throws SQLException {
        SelfEvaluation evaluation = new SelfEvaluation();
        evaluation.id = row.getObject(1, UUID.class);
        evaluation.cycleId = row.getObject(2, UUID.class);
        evaluation.councilCode = row.getString(3);
        evaluation.state = row.getString(4);
        evaluation.createdAt = row.getObject(5, OffsetDateTime.class);
        evaluation.createdBy = row.getString(6);
        evaluation.updatedAt = row.getObject(7, OffsetDateTime.class);
        evaluation.submittedAt = row.getObject(8, OffsetDateTime.class);
        evaluation.submittedBy = row.getString(9);
        evaluation.returnedAt = row.getObject(10, OffsetDateTime.class);
        evaluation.returnedBy = row.getString(11);
        evaluation.returnReason = row.getString(12);
        evaluation.version = row.getLong(13);
        return evaluation;
    }

    private static Answer answer(ResultSet row) throws SQLException {
        Answer answer = new Answer();
        answer.id = row.getObject(1, UUID.class);
        answer.evaluationId = row.getObject(2, UUID.class);
        answer.questionId = row.getObject(3, UUID.class);
        answer.questionCode = row.getString(4);
        answer.level = row.getObject(5, Integer.class);
        answer.notApplicable = row.getBoolean(6);
        answer.notApplicableReason = row.getString(7);
        answer.evidence = row.getString(8);
        answer.strengths = row.getString(9);
        answer.areasForImprovement = row.getString(10);
        answer.nextSteps = row.getString(11);
        answer.carriedForward = row.getBoolean(12);
        answer.carryNote = row.getString(13);
        answer.version = row.getLong(14);
        answer.updatedAt = row.getObject(15, OffsetDateTime.class);
        answer.updatedBy = row.getString(16);
        return answer;
    }

    private static AuditEntry audit(ResultSet row) throws SQLException {
        AuditEntry entry = new AuditEntry();
        entry.id = row.getLong(1);
        entry.occurredAt = row.getObject(2, OffsetDateTime.class);
        entry.actor = row.getString(3);
        entry.action = row.getString(4);
        entry.subjectType = row.getString(5);
        entry.subjectId = row.getObject(6, UUID.class);
        entry.cycleId = row.getObject(7, UUID.class);
        entry.councilCode = row.getString(8);
        entry.questionCode = row.getString(9);
        entry.oldLevel = row.getObject(10, Integer.class);
        entry.newLevel = row.getObject(11, Integer.class);
        entry.detail = row.getString(12);
        return entry;
    }
}
