package scot.quads.quad.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.ActionService.ActionChange;

/** A change to an action: only the fields sent change. Dropping needs a {@code reason}. */
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
        @Schema(example = "Moved to after the February review.") @Size(max = 2000) String reason) {

    ActionChange toChange() {
        return new ActionChange(ownerCouncil, description, questionCodes, dueDate, status, reason);
    }
}
