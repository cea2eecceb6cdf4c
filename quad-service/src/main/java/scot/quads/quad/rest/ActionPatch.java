package scot.quads.quad.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.ActionService.ActionChange;
import scot.quads.quad.work.ActionService.Plan;

/**
 * A change to an action: only the fields sent change. Dropping needs a {@code reason}. The improvement plan's text
 * fields are cleared by sending them empty.
 */
@Schema(example = """
        {
          "status": "dropped",
          "reason": "Replaced by the cluster-wide review."
        }""")
public record ActionPatch(
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 20) String ownerCouncil,
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 2000) String description,
        @Size(max = 50) List<@Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 50) String>
                questionCodes,
        @Schema(example = "2027-02-28") LocalDate dueDate,
        @Pattern(regexp = "open|in-progress|done|dropped", message = "must be open, in-progress, done or dropped")
                String status,
        @Schema(example = "Moved to after the February review.") @Size(max = 2000) String reason,
        @Schema(description = "The accountable officer; empty clears it") @Size(max = 200) String officerName,
        @Schema(description = "The accountable officer's role; empty clears it") @Size(max = 200) String officerRole,
        @Schema(description = "The measure of success; empty clears it") @Size(max = 2000) String successMeasure,
        @Schema(description = "Where the measure starts from; empty clears it (refused while a target remains)")
        @Size(max = 500) String baseline,
        @Schema(description = "What the measure should reach; empty clears it") @Size(max = 500) String target,
        @Schema(description = "An LGBF indicator's code; empty clears it", example = "CHN19a") @Size(max = 50)
        String indicatorCode,
        @Schema(description = "The id of a next step in the owner's findings report; empty clears it")
        @Pattern(regexp = "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be a paragraph's id, or empty to clear it") String nextStepId) {

    ActionChange toChange() {
        return new ActionChange(ownerCouncil, description, questionCodes, dueDate, status, reason,
                new Plan(officerName, officerRole, successMeasure, baseline, target, indicatorCode, nextStepId));
    }
}
