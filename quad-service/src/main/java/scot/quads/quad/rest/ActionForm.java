package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.ActionService.NewAction;

/** An action the quad agreed. The owner must be a member and the questions the cycle's (checked by the service). */
@Schema(example = """
        {
          "ownerCouncil": "S12000049",
          "description": "Share the family liaison pilot's evaluation with partners.",
          "questionCodes": [
            "1.1.1"
          ],
          "dueDate": "2027-01-31"
        }""")
public record ActionForm(
        @Schema(example = "S12000049") @NotBlank @Size(max = 20) String ownerCouncil,
        @Schema(example = "Share the family liaison pilot's evaluation with partners.")
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> questionCodes,
        @Schema(example = "2027-01-31") @NotNull LocalDate dueDate) {

    NewAction toNew() {
        return new NewAction(ownerCouncil, description, questionCodes == null ? List.of() : questionCodes, dueDate);
    }
}
