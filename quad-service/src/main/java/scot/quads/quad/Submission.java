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
    /** The self-evaluative statement submitted with the answers; null when the council wrote none. */
    public Statement statement;
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

    /**
     * An answer to a question, or in a version graded per quality indicator to an indicator as a whole (then
     * {@code questionCode} is the indicator's code and {@code prompts} holds the narrative answers to its questions,
     * in rubric order; empty otherwise, and in submissions stored before they were kept).
     */
    public record Answer(String questionCode, Integer level, boolean notApplicable, String notApplicableReason,
            String evidence, String strengths, String areasForImprovement, String nextSteps,
            List<PromptAnswer> prompts) {

        public Answer {
            prompts = prompts == null ? List.of() : List.copyOf(prompts);
        }

        public Answer(String questionCode, Integer level, boolean notApplicable, String notApplicableReason,
                String evidence, String strengths, String areasForImprovement, String nextSteps) {
            this(questionCode, level, notApplicable, notApplicableReason, evidence, strengths, areasForImprovement,
                    nextSteps, List.of());
        }
    }

    /** A narrative answer to one question (prompt) of an indicator graded as a whole. */
    public record PromptAnswer(String code, String evidence, String strengths, String areasForImprovement,
            String nextSteps) {
    }

    /** The council's context, its SWOT (strengths, weaknesses, opportunities, threats, each by priority), a summary. */
    public record Statement(String context, List<SwotItem> swot, String summary) {
    }

    /** One SWOT item with the quality indicators, questions and context indicators it relates to. */
    public record SwotItem(UUID id, String kind, String text, int priority, List<String> indicators,
            List<String> questions, List<String> contextIndicators) {
    }
}
