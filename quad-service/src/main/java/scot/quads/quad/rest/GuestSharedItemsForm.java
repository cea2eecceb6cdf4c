package scot.quads.quad.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agenda items an invitation shares from now on, in place of those it shared: none to share only the note. */
@Schema(example = """
        {
          "itemIds": [
            "34343434-7777-4c1e-9a0c-5d6c2b3a4e16",
            "56565656-7777-4c1e-9a0c-5d6c2b3a4e16"
          ]
        }""")
public record GuestSharedItemsForm(
        @Schema(description = "Items of the agendas of the sessions the invitation names")
        @NotNull @Size(max = 200) List<@NotNull UUID> itemIds) {
}
