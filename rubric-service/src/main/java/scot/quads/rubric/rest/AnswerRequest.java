package scot.quads.rubric.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.service.EvaluationService.AnswerContent;

/**
 * One question's answer as an editor saves it (also while still a draft: every part may be empty). Whether the
 * level is on the scale and "not applicable" is allowed depends on the question, so the service checks those.
 */
@Schema(example = """
        {
          "level": 4,
          "notApplicable": false,
          "evidence": "Attendance rose in 9 of 12 secondary schools after the family liaison pilot.",
          "strengths": "Headteachers use the tracking data at every termly review.",
          "areasForImprovement": "Too few parents answered the survey to draw conclusions.",
          "nextSteps": "Run the survey through the schools' apps in term 2."
        }""")
public record AnswerRequest(
        @Schema(example = "4") Integer level,
        @Schema(example = "false") Boolean notApplicable,
        @Size(max = NARRATIVE) String notApplicableReason,
        @Schema(example = "Attendance rose in 9 of 12 secondary schools after the family liaison pilot.")
        @Size(max = NARRATIVE) String evidence,
        @Schema(example = "Headteachers use the tracking data at every termly review.")
        @Size(max = NARRATIVE) String strengths,
        @Schema(example = "Too few parents answered the survey to draw conclusions.")
        @Size(max = NARRATIVE) String areasForImprovement,
        @Schema(example = "Run the survey through the schools' apps in term 2.")
        @Size(max = NARRATIVE) String nextSteps) {

    static final int NARRATIVE = 10_000;

    AnswerContent toContent() {
        return new AnswerContent(level, Boolean.TRUE.equals(notApplicable), notApplicableReason, evidence, strengths,
                areasForImprovement, nextSteps);
    }
}
