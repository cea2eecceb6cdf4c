package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The label of a new draft version started from a published one, such as "2026-27 draft". */
@Schema(example = """
        {
          "label": "2027-28"
        }""")
public record NewVersionRequest(@NotBlank @Size(max = 200) String label) {
}
