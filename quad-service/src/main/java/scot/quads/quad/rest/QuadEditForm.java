package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.membership.QuadService.QuadEdit;

/** ADES's change to a quad: the whole quad as it should now be. Members are checked by the service (409/422). */
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
public record QuadEditForm(
        @Schema(example = "West quad") @NotBlank @Size(max = 100) String name,
        @NotNull List<@NotBlank String> members,
        @Schema(example = "A. Facilitator") @Size(max = 200) String facilitator,
        @Size(max = 2000) String notes) {

    QuadEdit toEdit() {
        return new QuadEdit(name, members, facilitator, notes);
    }
}
