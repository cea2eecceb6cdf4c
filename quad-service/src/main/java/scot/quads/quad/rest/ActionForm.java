package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import scot.quads.quad.work.ActionService.NewAction;

/** An action the quad agreed. The owner must be a member and the questions the cycle's (checked by the service). */
public record ActionForm(
        @NotBlank @Size(max = 20) String ownerCouncil,
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> questionCodes,
        @NotNull LocalDate dueDate) {

    NewAction toNew() {
        return new NewAction(ownerCouncil, description, questionCodes == null ? List.of() : questionCodes, dueDate);
    }
}
