package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.ActionService.NewAction;
import scot.quads.quad.work.ActionService.Plan;

/**
 * An action the quad agreed. The owner must be a member and the questions the cycle's (checked by the service). The
 * improvement plan's fields are optional: a target needs a baseline; an indicator must be one authority-service
 * knows; a next step must be a paragraph of the next steps in the owner's findings report for the cycle.
 */
@Schema(example = """
        {
          "ownerCouncil": "S12000049",
          "description": "Share the family liaison pilot's evaluation with partners.",
          "questionCodes": [
            "D1.1.1"
          ],
          "dueDate": "2027-01-31",
          "officerName": "A. Example",
          "officerRole": "Quality improvement officer",
          "successMeasure": "Families attending the liaison sessions",
          "baseline": "40 families (2025-26)",
          "target": "60 families by June 2027"
        }""")
public record ActionForm(
        @Schema(example = "S12000049") @NotBlank @Size(max = 20) String ownerCouncil,
        @Schema(example = "Share the family liaison pilot's evaluation with partners.")
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> questionCodes,
        @Schema(example = "2027-01-31") @NotNull LocalDate dueDate,
        @Schema(description = "The officer accountable for the action", example = "A. Example") @Size(max = 200)
        String officerName,
        @Schema(description = "The accountable officer's role", example = "Quality improvement officer")
        @Size(max = 200) String officerRole,
        @Schema(description = "How the council will know the action worked",
                example = "Attendance at the four secondary schools with the lowest attendance") @Size(max = 2000)
        String successMeasure,
        @Schema(description = "Where the measure starts from; required with a target", example = "86.1% (2025-26)")
        @Size(max = 500) String baseline,
        @Schema(description = "What the measure should reach", example = "89% by June 2027") @Size(max = 500)
        String target,
        @Schema(description = "One of the council's LGBF indicators the measure follows; its latest value for the"
                + " owner is read from authority-service and kept with the action", example = "CHN19a")
        @Size(max = 50) String indicatorCode,
        @Schema(description = "The id of the paragraph of the owner's findings report (next steps) the action serves")
        UUID nextStepId) {

    NewAction toNew() {
        return new NewAction(ownerCouncil, description, questionCodes == null ? List.of() : questionCodes, dueDate,
                new Plan(officerName, officerRole, successMeasure, baseline, target, indicatorCode,
                        nextStepId == null ? null : nextStepId.toString()));
    }
}
