package scot.quads.rubric.rest;

import java.time.OffsetDateTime;
import scot.quads.rubric.Answer;

/** A saved answer; {@code version} is what the next save sends back in If-Match. */
public record AnswerRepresentation(String questionCode, Integer level, boolean notApplicable,
        String notApplicableReason, String evidence, String strengths, String areasForImprovement, String nextSteps,
        boolean carriedForward, String carryNote, long version, OffsetDateTime updatedAt, String updatedBy) {

    static AnswerRepresentation of(Answer answer) {
        return new AnswerRepresentation(answer.questionCode, answer.level, answer.notApplicable,
                answer.notApplicableReason, answer.evidence, answer.strengths, answer.areasForImprovement,
                answer.nextSteps, answer.carriedForward, answer.carryNote, answer.version, answer.updatedAt,
                answer.updatedBy);
    }
}
