package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.membership.QuadService.QuadDraft;

/**
 * ADES's request to form a quad: its councils by GSS code. How many councils, and which, are checked against
 * the cycle by the service (422), not here.
 */
@Schema(example = """
        {
          "name": "West quad",
          "members": [
            "S12000049",
            "S12000045",
            "S12000038",
            "S12000039"
          ],
          "facilitator": "A. Facilitator",
          "notes": "Meets online each term."
        }""")
public record QuadForm(
        @Schema(example = "West quad") @NotBlank @Size(max = 100) String name,
        @NotNull List<@NotBlank String> members,
        @Schema(example = "A. Facilitator") @Size(max = 200) String facilitator,
        @Size(max = 2000) String notes) {

    QuadDraft toDraft() {
        return new QuadDraft(name, members, facilitator, notes);
    }
}
