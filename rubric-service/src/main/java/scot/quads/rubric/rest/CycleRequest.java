package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.RevealRule;
import scot.quads.rubric.service.CycleService.NewCycle;

/**
 * ADES's new cycle. Without a reveal rule, answers are revealed once all partners submitted or the deadline passed;
 * without reminder days, councils not yet submitted are reminded 14, 7 and 1 days before the deadline; without
 * statementRequired, councils may submit without a self-evaluative statement.
 */
@Schema(example = """
        {
          "name": "2026-27",
          "rubricVersionId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
          "opensOn": "2026-08-17",
          "submissionDeadline": "2027-03-31",
          "closesOn": "2027-06-30",
          "revealRule": "all-submitted-or-deadline",
          "reminderDays": [
            14,
            3
          ],
          "statementRequired": true
        }""")
public record CycleRequest(
        @Schema(example = "2026-27") @NotBlank @Size(max = 100) String name,
        @NotNull UUID rubricVersionId,
        @Schema(example = "2026-08-17") @NotNull LocalDate opensOn,
        @Schema(example = "2027-03-31") @NotNull LocalDate submissionDeadline,
        @Schema(example = "2027-06-30") LocalDate closesOn,
        @Pattern(regexp = "all-submitted-or-deadline|on-submission|after-deadline",
                message = "must be all-submitted-or-deadline, on-submission or after-deadline") String revealRule,
        @Size(max = 10) List<@NotNull(message = DAYS) @Min(value = 1, message = DAYS) @Max(value = 365,
                message = DAYS) Integer> reminderDays,
        @Schema(example = "true") Boolean statementRequired) {

    /** Each reminder day is a number of days before the deadline; a bad one is named by its index. */
    static final String DAYS = "must be a number of days from 1 to 365";

    NewCycle toNewCycle() {
        return new NewCycle(name, rubricVersionId, opensOn, submissionDeadline, closesOn,
                revealRule == null ? null : RevealRule.fromWire(revealRule).orElseThrow(), reminderDays,
                Boolean.TRUE.equals(statementRequired));
    }
}
