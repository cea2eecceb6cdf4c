package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * A council's answer to one question: a level on the version's scale or "not applicable" with a reason, and the
 * narrative behind it. {@code version} is its ETag; 0 stands for a question never answered.
 */
@Entity
@Table(name = "answer")
public class Answer extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "question_id")
    public UUID questionId;
    @Column(name = "question_code")
    public String questionCode;
    public Integer level;
    @Column(name = "not_applicable")
    public boolean notApplicable;
    @Column(name = "not_applicable_reason")
    public String notApplicableReason;
    public String evidence;
    public String strengths;
    @Column(name = "areas_for_improvement")
    public String areasForImprovement;
    @Column(name = "next_steps")
    public String nextSteps;
    /** Pre-filled from the previous cycle and not yet saved or confirmed by an editor: blocks submission. */
    @Column(name = "carried_forward")
    public boolean carriedForward;
    /** Why a carried-forward question was left empty (such as a question merged from several). */
    @Column(name = "carry_note")
    public String carryNote;
    /** Checked by the save's own conditional write ({@link #saveIfAt}), not a JPA optimistic version. */
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** Counts towards progress and submission: a level, or not applicable (which always carries a reason). */
    public boolean isComplete() {
        return level != null || notApplicable;
    }

    public boolean sameContentAs(Answer other) {
        return Objects.equals(level, other.level) && notApplicable == other.notApplicable
                && Objects.equals(notApplicableReason, other.notApplicableReason)
                && Objects.equals(evidence, other.evidence) && Objects.equals(strengths, other.strengths)
                && Objects.equals(areasForImprovement, other.areasForImprovement)
                && Objects.equals(nextSteps, other.nextSteps);
    }

    /** A detached copy, to compare a saved answer with what it was. */
    public Answer snapshot() {
        Answer copy = new Answer();
        copy.id = id;
        copy.evaluationId = evaluationId;
        copy.questionId = questionId;
        copy.questionCode = questionCode;
        copy.level = level;
        copy.notApplicable = notApplicable;
        copy.notApplicableReason = notApplicableReason;
        copy.evidence = evidence;
        copy.strengths = strengths;
        copy.areasForImprovement = areasForImprovement;
        copy.nextSteps = nextSteps;
        copy.carriedForward = carriedForward;
        copy.carryNote = carryNote;
        copy.version = version;
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static NativeQuery<Object> sql(String statement) {
        return getEntityManager().createNativeQuery(statement).unwrap(NativeQuery.class);
    }

    public static List<Answer> ofEvaluation(UUID evaluationId) {
        return list("evaluationId", evaluationId);
    }

    /**
     * Writes this (detached) answer as version {@code expected + 1} only if the stored one is still at
     * {@code expected} (0: not stored yet): one statement, locking only this answer's row. False when another editor
     * got there first.
     */
    public boolean saveIfAt(long expected) {
        if (expected == 0) {
            return sql("""
                    INSERT INTO answer (id, evaluation_id, question_id, question_code, level, not_applicable,
                        not_applicable_reason, evidence, strengths, areas_for_improvement, next_steps, carried_forward,
                        carry_note, version, updated_at, updated_by)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                    ON CONFLICT (evaluation_id, question_id) DO NOTHING""")
                    .setParameter(1, id).setParameter(2, evaluationId).setParameter(3, questionId)
                    .setParameter(4, questionCode).setParameter(5, level, Integer.class)
                    .setParameter(6, notApplicable).setParameter(7, notApplicableReason, String.class)
                    .setParameter(8, evidence, String.class).setParameter(9, strengths, String.class)
                    .setParameter(10, areasForImprovement, String.class).setParameter(11, nextSteps, String.class)
                    .setParameter(12, carriedForward).setParameter(13, carryNote, String.class)
                    .setParameter(14, version).setParameter(15, updatedAt).setParameter(16, updatedBy)
                    .executeUpdate() == 1;
        }
        return sql("""
                UPDATE answer SET level = ?1, not_applicable = ?2, not_applicable_reason = ?3, evidence = ?4,
                    strengths = ?5, areas_for_improvement = ?6, next_steps = ?7, carried_forward = ?8,
                    version = ?9, updated_at = ?10, updated_by = ?11
                WHERE id = ?12 AND version = ?13""")
                .setParameter(1, level, Integer.class).setParameter(2, notApplicable)
                .setParameter(3, notApplicableReason, String.class).setParameter(4, evidence, String.class)
                .setParameter(5, strengths, String.class).setParameter(6, areasForImprovement, String.class)
                .setParameter(7, nextSteps, String.class).setParameter(8, carriedForward)
                .setParameter(9, version).setParameter(10, updatedAt).setParameter(11, updatedBy)
                .setParameter(12, id).setParameter(13, expected)
                .executeUpdate() == 1;
    }

    public static Optional<Answer> of(UUID evaluationId, UUID questionId) {
        return find("evaluationId = ?1 and questionId = ?2", evaluationId, questionId).firstResultOptional();
    }
}
