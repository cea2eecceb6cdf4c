package scot.quads.quad;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A council's self-evaluation as rubric-service last announced it: submitted with its answers, and perhaps
 * returned or recalled since. Only a {@link #shown() shown} one counts anywhere; a row may even hold a withdrawal
 * whose submission has not arrived yet.
 */
public class Submission {

    public UUID evaluationId;
    public UUID cycleId;
    public String councilCode;
    public UUID rubricVersionId;
    public OffsetDateTime submittedAt;
    public String submittedBy;
    public List<Answer> answers;
    public OffsetDateTime withdrawnAt;
    public String withdrawnHow;
    public OffsetDateTime updatedAt;

    /** Submitted, and not returned or recalled since. */
    public boolean shown() {
        return submittedAt != null && (withdrawnAt == null || withdrawnAt.isBefore(submittedAt));
    }

    /**
     * A submission without its answers: who submitted when, and when the row last changed. Enough for a reveal
     * decision, and a version of the answers' content (every change to a row sets {@code updatedAt}).
     */
    public record Stamp(UUID evaluationId, String councilCode, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {

        public static Stamp of(Submission submission) {
            return new Stamp(submission.evaluationId, submission.councilCode, submission.submittedAt,
                    submission.updatedAt);
        }
    }

    public Answer answerTo(String questionCode) {
        if (answers == null) {
            return null;
        }
        return answers.stream().filter(a -> questionCode.equals(a.questionCode())).findFirst().orElse(null);
    }

    public record Answer(String questionCode, Integer level, boolean notApplicable, String notApplicableReason,
            String evidence, String strengths, String areasForImprovement, String nextSteps) {
    }
}
