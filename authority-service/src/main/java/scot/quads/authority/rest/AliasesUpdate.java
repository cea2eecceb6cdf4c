package scot.quads.authority.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ADES's full list of a council's other names; it replaces the list there was. Each is checked by AliasService. */
@Schema(example = """
        {
          "aliases": [
            "Glasgow",
            "City of Glasgow"
          ]
        }""")
public record AliasesUpdate(@NotNull @Size(max = 50) List<String> aliases) {
}
