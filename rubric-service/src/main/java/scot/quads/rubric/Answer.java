package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * A council's answer to one question: a level on the version's scale or "not applicable" with a reason, and the
 * narrative behind it. {@code version} is its ETag and its optimistic lock: 1 for the first save, bumped by every
 * change at flush; 0 stands for a question never answered. The question is named by id and code only: it belongs to
 * the rubric version, which the autosave keeps in memory, not to this evaluation.
 */
@Entity
@Table(name = "answer")
public class Answer extends PanacheEntityBase {

    /** The unique key on the evaluation and the question: two first answers to one question at once. */
    public static final String ONE_PER_QUESTION = "answer_evaluation_id_question_id_key";

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public SelfEvaluation evaluation;
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
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** A new answer of the evaluation to the question, as its first save (version 1) will store it. */
    public static Answer first(SelfEvaluation evaluation, Question question) {
        Answer answer = new Answer();
        answer.id = UUID.randomUUID();
        answer.evaluation = evaluation;
        answer.questionId = question.id;
        answer.questionCode = question.code;
        answer.version = 1;
        return answer;
    }

    /** Has what a graded answer needs: a level, or not applicable (which always carries a reason). */
    public boolean isComplete() {
        return level != null || notApplicable;
    }

    /**
     * The one meaning of "answered", for the council's progress, ADES's overview, the task list and the submit rule
     * alike: complete, and not a carried-forward answer that no editor has confirmed or changed yet.
     */
    public boolean isAnswered() {
        return isComplete() && !carriedForward;
    }

    public boolean sameContentAs(Answer other) {
        return Objects.equals(level, other.level) && notApplicable == other.notApplicable
                && Objects.equals(notApplicableReason, other.notApplicableReason)
                && Objects.equals(evidence, other.evidence) && Objects.equals(strengths, other.strengths)
                && Objects.equals(areasForImprovement, other.areasForImprovement)
                && Objects.equals(nextSteps, other.nextSteps);
    }

    /** A copy that is not persisted, to compare a saved answer with what it was. */
    public Answer snapshot() {
        Answer copy = new Answer();
        copy.id = id;
        copy.evaluation = evaluation;
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

    /** Every answer of the evaluation, in one query, only to read (a view, a submission, a carry-forward's check). */
    public static List<Answer> ofEvaluation(SelfEvaluation evaluation) {
        return find("evaluation", evaluation).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The evaluation's answer to the question with this code, to change. */
    public static Optional<Answer> of(SelfEvaluation evaluation, String questionCode) {
        return find("evaluation = ?1 and questionCode = ?2", evaluation, questionCode).firstResultOptional();
    }

    /** The answer as it is stored now, by the evaluation's id and the question's code, only to read. */
    public static Optional<Answer> current(UUID evaluationId, String questionCode) {
        return find("evaluation.id = ?1 and questionCode = ?2", evaluationId, questionCode)
                .withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional();
    }
}
