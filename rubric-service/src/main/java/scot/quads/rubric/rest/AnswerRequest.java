package scot.quads.rubric.rest;

import jakarta.validation.constraints.Size;
import scot.quads.rubric.service.EvaluationService.AnswerContent;

/**
 * One question's answer as an editor saves it (also while still a draft: every part may be empty). Whether the
 * level is on the scale and "not applicable" is allowed depends on the question, so the service checks those.
 */
public record AnswerRequest(
        Integer level,
        Boolean notApplicable,
        @Size(max = NARRATIVE) String notApplicableReason,
        @Size(max = NARRATIVE) String evidence,
        @Size(max = NARRATIVE) String strengths,
        @Size(max = NARRATIVE) String areasForImprovement,
        @Size(max = NARRATIVE) String nextSteps) {

    static final int NARRATIVE = 10_000;

    AnswerContent toContent() {
        return new AnswerContent(level, Boolean.TRUE.equals(notApplicable), notApplicableReason, evidence, strengths,
                areasForImprovement, nextSteps);
    }
}
