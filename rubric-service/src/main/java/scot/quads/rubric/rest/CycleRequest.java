package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.RevealRule;
import scot.quads.rubric.service.CycleService.NewCycle;

/**
 * ADES's new cycle. Without a reveal rule, answers are revealed once all partners submitted or the deadline passed;
 * without reminder days, councils not yet submitted are reminded 14, 7 and 1 days before the deadline.
 */
public record CycleRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull UUID rubricVersionId,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate submissionDeadline,
        @Pattern(regexp = "all-submitted-or-deadline|on-submission|after-deadline",
                message = "must be all-submitted-or-deadline, on-submission or after-deadline") String revealRule,
        @Size(max = 10) List<Integer> reminderDays) {

    NewCycle toNewCycle() {
        return new NewCycle(name, rubricVersionId, opensOn, submissionDeadline,
                revealRule == null ? null : RevealRule.fromWire(revealRule).orElseThrow(), reminderDays);
    }
}
