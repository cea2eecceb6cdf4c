package scot.quads.rubric.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.RevealRule;
import scot.quads.rubric.service.CycleService.CycleChange;

/** What ADES changes in a cycle (a merge patch: the parts left out stay as they are). */
@Schema(example = """
        {
          "submissionDeadline": "2027-04-14",
          "reminderDays": [
            14,
            7,
            1
          ]
        }""")
public record CycleChangeRequest(
        LocalDate opensOn,
        @Schema(example = "2027-04-14") LocalDate submissionDeadline,
        LocalDate closesOn,
        @Pattern(regexp = "all-submitted-or-deadline|on-submission|after-deadline",
                message = "must be all-submitted-or-deadline, on-submission or after-deadline") String revealRule,
        @Size(max = 10) List<@NotNull(message = CycleRequest.DAYS) @Min(value = 1, message = CycleRequest.DAYS)
                @Max(value = 365, message = CycleRequest.DAYS) Integer> reminderDays,
        Boolean statementRequired) {

    CycleChange toChange() {
        return new CycleChange(opensOn, submissionDeadline, closesOn,
                revealRule == null ? null : RevealRule.fromWire(revealRule).orElseThrow(), reminderDays,
                statementRequired);
    }
}
