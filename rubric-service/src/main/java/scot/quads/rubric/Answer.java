package scot.quads.rubric;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A council's answer to one question: a level on the version's scale or "not applicable" with a reason, and the
 * narrative behind it. {@code version} is its ETag; 0 stands for a question never answered.
 */
public class Answer {

    public UUID id;
    public UUID evaluationId;
    public UUID questionId;
    public String questionCode;
    public Integer level;
    public boolean notApplicable;
    public String notApplicableReason;
    public String evidence;
    public String strengths;
    public String areasForImprovement;
    public String nextSteps;
    /** Pre-filled from the previous cycle and not yet saved or confirmed by an editor: blocks submission. */
    public boolean carriedForward;
    /** Why a carried-forward question was left empty (such as a question merged from several). */
    public String carryNote;
    /** Checked by each write of the answer in SQL (AnswerStore.saveIfAt, EvaluationRepository.updateIfAt). */
    public long version;
    public OffsetDateTime updatedAt;
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
}
