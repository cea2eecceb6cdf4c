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
    /** Checked by the save's own conditional write (AnswerStore.saveIfAt), not a JPA optimistic version. */
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

    public static List<Answer> ofEvaluation(UUID evaluationId) {
        return list("evaluationId", evaluationId);
    }

    public static Optional<Answer> of(UUID evaluationId, UUID questionId) {
        return find("evaluationId = ?1 and questionId = ?2", evaluationId, questionId).firstResultOptional();
    }
}
