package scot.quads.quad.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.membership.QuadService.QuadDraft;

/** Confirming a proposal: as proposed (no quads), or with ADES's adjusted quads instead. */
@Schema(example = """
        {
          "quads": [
            {
              "name": "West quad",
              "members": [
                "S12000049",
                "S12000045",
                "S12000038",
                "S12000039"
              ]
            }
          ]
        }""")
public record ConfirmForm(@Size(max = 20) List<@Valid @NotNull AdjustedQuad> quads) {

    public record AdjustedQuad(@NotBlank @Size(max = 100) String name, @NotNull List<@NotBlank String> members) {
    }

    List<QuadDraft> toDrafts() {
        return quads == null ? null
                : quads.stream().map(q -> new QuadDraft(q.name(), q.members(), null, null)).toList();
    }
}
