package scot.quads.rubric.rest;

import java.time.OffsetDateTime;
import scot.quads.rubric.Answer;

/**
 * A saved answer; {@code version} is what the next save sends back in If-Match. An answer is to a question
 * ({@code questionCode}) or, in a version graded per quality indicator, to an indicator as a whole
 * ({@code indicatorCode}); the other code is null.
 */
public record AnswerRepresentation(String questionCode, String indicatorCode, Integer level, boolean notApplicable,
        String notApplicableReason, String evidence, String strengths, String areasForImprovement, String nextSteps,
        boolean carriedForward, String carryNote, long version, OffsetDateTime updatedAt, String updatedBy) {

    static AnswerRepresentation of(Answer answer) {
        boolean indicator = answer.indicatorId != null;
        return new AnswerRepresentation(indicator ? null : answer.questionCode,
                indicator ? answer.questionCode : null, answer.level, answer.notApplicable,
                answer.notApplicableReason, answer.evidence, answer.strengths, answer.areasForImprovement,
                answer.nextSteps, answer.carriedForward, answer.carryNote, answer.version, answer.updatedAt,
                answer.updatedBy);
    }
}
