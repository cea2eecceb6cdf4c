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
    /** The unique key on the evaluation and the indicator, in a version graded per quality indicator. */
    public static final String ONE_PER_INDICATOR = "answer_evaluation_id_indicator_id_key";

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public SelfEvaluation evaluation;
    /** The question answered; null for an answer to a quality indicator (a version graded per indicator). */
    @Column(name = "question_id")
    public UUID questionId;
    /** The quality indicator answered as a whole, in a version graded per indicator; null for a question's answer. */
    @Column(name = "indicator_id")
    public UUID indicatorId;
    /** The code of what was answered: the question's, or the indicator's for an answer to an indicator. */
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

    /** A new answer of the evaluation to the quality indicator as a whole, as its first save will store it. */
    public static Answer first(SelfEvaluation evaluation, Indicator indicator) {
        Answer answer = new Answer();
        answer.id = UUID.randomUUID();
        answer.evaluation = evaluation;
        answer.indicatorId = indicator.id;
        answer.questionCode = indicator.code;
        answer.version = 1;
        return answer;
    }

    /** The id of what was answered: the question's, or the indicator's. */
    public UUID itemId() {
        return questionId != null ? questionId : indicatorId;
    }

    /** Whether any narrative field holds text (a narrative question's answer needs one). */
    public boolean hasNarrative() {
        return filled(evidence) || filled(strengths) || filled(areasForImprovement) || filled(nextSteps);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Has what a graded answer needs: a level, or not applicable (which always carries a reason). Whether it counts
     * as answered (a narrative question's needs text; a carried-forward answer must be confirmed) is
     * {@link scot.quads.rubric.service.Completion}'s one rule.
     */
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

    /** A copy that is not persisted, to compare a saved answer with what it was. */
    public Answer snapshot() {
        Answer copy = new Answer();
        copy.id = id;
        copy.evaluation = evaluation;
        copy.questionId = questionId;
        copy.indicatorId = indicatorId;
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

    /** The evaluation's answer to the question or indicator with this id, to change. */
    public static Optional<Answer> of(SelfEvaluation evaluation, UUID itemId) {
        return find("evaluation = ?1 and (questionId = ?2 or indicatorId = ?2)", evaluation, itemId)
                .firstResultOptional();
    }

    /** The answer as it is stored now, by the evaluation's id and the question's or indicator's id, only to read. */
    public static Optional<Answer> current(UUID evaluationId, UUID itemId) {
        return find("evaluation.id = ?1 and (questionId = ?2 or indicatorId = ?2)", evaluationId, itemId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional();
    }
}
