package scot.quads.rubric.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import scot.quads.rubric.Answer;
import scot.quads.rubric.AuditEntry;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.SelfEvaluation;

/**
 * The autosave's reads and writes, in plain JDBC on the transaction's own connection: the cycle and council in one
 * statement, the share-locked evaluation with the answer in another, and the answer with its audit row in a third.
 * Every other path goes through the repositories; this one is the one editors call hundreds of times a minute near a
 * deadline, so it keeps to the fewest round trips (in the benchmark's profile the per-call work of the former entity
 * path was two fifths of rubric-service's CPU in the rush).
 */
@ApplicationScoped
public class AnswerStore {

    private final AgroalDataSource dataSource;

    public AnswerStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The cycle (name, version, deadline, state) and, when the code names a council, its current GSS code. */
    public record CycleAndCouncil(Cycle cycle, String councilGssCode) {
    }

    /** The evaluation (id, state, submission) and this question's answer in it, if any. */
    public record Current(SelfEvaluation evaluation, Answer answer) {
    }

    /** Empty when there is no such cycle; the council's code is null when no council has that code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CycleAndCouncil> cycleAndCouncil(UUID cycleId, String councilCode) {
        String code = councilCode == null ? "" : councilCode.trim().toUpperCase(Locale.ROOT);
        return query("""
                SELECT c.name, c.rubric_version_id, c.submission_deadline, c.state,
                    (SELECT k.gss_code FROM council k WHERE k.gss_code = ? OR k.legacy_gss_code = ?
                     ORDER BY k.gss_code = ? DESC LIMIT 1)
                FROM cycle c WHERE c.id = ?""", statement -> {
            statement.setString(1, code);
            statement.setString(2, code);
            statement.setString(3, code);
            statement.setObject(4, cycleId);
        }, row -> {
            Cycle cycle = new Cycle();
            cycle.id = cycleId;
            cycle.name = row.getString(1);
            cycle.rubricVersionId = row.getObject(2, UUID.class);
            cycle.submissionDeadline = row.getObject(3, LocalDate.class);
            cycle.state = row.getString(4);
            return new CycleAndCouncil(cycle, code.isEmpty() ? null : row.getString(5));
        });
    }

    /**
     * The council's evaluation in the cycle, share-locked for the rest of the transaction (so a submit, return or
     * recall waits for this save), with its answer to the question; empty when the council has saved nothing yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Current> share(UUID cycleId, String councilGssCode, UUID questionId) {
        return query("""
                SELECT e.id, e.state, e.submitted_at, a.id, a.question_code, a.level, a.not_applicable,
                    a.not_applicable_reason, a.evidence, a.strengths, a.areas_for_improvement, a.next_steps,
                    a.carried_forward, a.carry_note, a.version, a.updated_at, a.updated_by
                FROM self_evaluation e LEFT JOIN answer a ON a.evaluation_id = e.id AND a.question_id = ?
                WHERE e.cycle_id = ? AND e.council_code = ?
                FOR SHARE OF e""", statement -> {
            statement.setObject(1, questionId);
            statement.setObject(2, cycleId);
            statement.setString(3, councilGssCode);
        }, row -> {
            SelfEvaluation evaluation = new SelfEvaluation();
            evaluation.id = row.getObject(1, UUID.class);
            evaluation.cycleId = cycleId;
            evaluation.councilCode = councilGssCode;
            evaluation.state = row.getString(2);
            evaluation.submittedAt = row.getObject(3, OffsetDateTime.class);
            UUID answerId = row.getObject(4, UUID.class);
            return new Current(evaluation, answerId == null ? null : answer(row, answerId, evaluation.id, questionId));
        });
    }

    /** Like {@link #share}, creating the evaluation as a draft first if this is the council's first save. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Current shareOrStart(UUID cycleId, String councilGssCode, UUID questionId, String by) {
        Optional<Current> existing = share(cycleId, councilGssCode, questionId);
        if (existing.isPresent()) {
            return existing.get();
        }
        update("""
                INSERT INTO self_evaluation (id, cycle_id, council_code, state, created_by)
                VALUES (?, ?, ?, 'draft', ?)
                ON CONFLICT (cycle_id, council_code) DO NOTHING""", statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, cycleId);
            statement.setString(3, councilGssCode);
            statement.setString(4, by);
        });
        return share(cycleId, councilGssCode, questionId).orElseThrow();
    }

    /**
     * Writes the answer as it now stands (its version already the next one) only if the stored one is still at
     * {@code expected} (0: not stored yet), and the audit row with it, in one statement that locks only this
     * answer's row. False, with nothing written, when another editor got there first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean saveIfAt(Answer answer, long expected, AuditEntry entry) {
        String write = expected == 0 ? """
                INSERT INTO answer (level, not_applicable, not_applicable_reason, evidence, strengths,
                    areas_for_improvement, next_steps, carried_forward, version, updated_at, updated_by,
                    id, evaluation_id, question_id, question_code, carry_note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (evaluation_id, question_id) DO NOTHING
                RETURNING 1""" : """
                UPDATE answer SET level = ?, not_applicable = ?, not_applicable_reason = ?, evidence = ?,
                    strengths = ?, areas_for_improvement = ?, next_steps = ?, carried_forward = ?, version = ?,
                    updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?
                RETURNING 1""";
        return update("WITH saved AS (" + write + """
                )
                INSERT INTO audit_entry (occurred_at, actor, action, subject_type, subject_id, cycle_id, council_code,
                    question_code, old_level, new_level, detail)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM saved""", statement -> {
            int i = 0;
            statement.setObject(++i, answer.level, Types.INTEGER);
            statement.setBoolean(++i, answer.notApplicable);
            statement.setString(++i, answer.notApplicableReason);
            statement.setString(++i, answer.evidence);
            statement.setString(++i, answer.strengths);
            statement.setString(++i, answer.areasForImprovement);
            statement.setString(++i, answer.nextSteps);
            statement.setBoolean(++i, answer.carriedForward);
            statement.setLong(++i, answer.version);
            statement.setObject(++i, answer.updatedAt);
            statement.setString(++i, answer.updatedBy);
            statement.setObject(++i, answer.id);
            if (expected == 0) {
                statement.setObject(++i, answer.evaluationId);
                statement.setObject(++i, answer.questionId);
                statement.setString(++i, answer.questionCode);
                statement.setString(++i, answer.carryNote);
            } else {
                statement.setLong(++i, expected);
            }
            statement.setObject(++i, entry.occurredAt);
            statement.setString(++i, entry.actor);
            statement.setString(++i, entry.action);
            statement.setString(++i, entry.subjectType);
            statement.setObject(++i, entry.subjectId);
            statement.setObject(++i, entry.cycleId);
            statement.setString(++i, entry.councilCode);
            statement.setString(++i, entry.questionCode);
            statement.setObject(++i, entry.oldLevel, Types.INTEGER);
            statement.setObject(++i, entry.newLevel, Types.INTEGER);
            statement.setString(++i, entry.detail);
        }) == 1;
    }

    private static Answer answer(ResultSet row, UUID id, UUID evaluationId, UUID questionId) throws SQLException {
        Answer answer = new Answer();
        answer.id = id;
        answer.evaluationId = evaluationId;
        answer.questionId = questionId;
        answer.questionCode = row.getString(5);
        answer.level = row.getObject(6, Integer.class);
        answer.notApplicable = row.getBoolean(7);
        answer.notApplicableReason = row.getString(8);
        answer.evidence = row.getString(9);
        answer.strengths = row.getString(10);
        answer.areasForImprovement = row.getString(11);
        answer.nextSteps = row.getString(12);
        answer.carriedForward = row.getBoolean(13);
        answer.carryNote = row.getString(14);
        answer.version = row.getLong(15);
        answer.updatedAt = row.getObject(16, OffsetDateTime.class);
        answer.updatedBy = row.getString(17);
        return answer;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The first row of a query, if any. The connection is the transaction's: closing it here only hands it back. */
    private <T> Optional<T> query(String sql, Binder binder, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The autosave's query failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The autosave's write failed: " + e.getMessage(), e);
        }
    }
}
