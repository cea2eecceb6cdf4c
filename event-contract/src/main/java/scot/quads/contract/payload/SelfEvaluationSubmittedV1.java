package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A council's self-evaluation as submitted, with every answer, tied to the rubric version it answered. */
public record SelfEvaluationSubmittedV1(
        UUID evaluationId,
        UUID cycleId,
        String councilCode,
        UUID rubricVersionId,
        OffsetDateTime submittedAt,
        String submittedBy,
        List<Answer> answers) {

    public SelfEvaluationSubmittedV1 {
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(councilCode, "councilCode");
        answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
    }

    /** One question's answer: a level on the version's scale, or not applicable with a reason. */
    public record Answer(
            String questionCode,
            Integer level,
            boolean notApplicable,
            String notApplicableReason,
            String evidence,
            String strengths,
            String areasForImprovement,
            String nextSteps) {

        public Answer {
            Objects.requireNonNull(questionCode, "questionCode");
        }
    }
}
