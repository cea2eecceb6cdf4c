package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why ADES did something it must explain: returning an evaluation for revision. Shown to the council as typed. */
@Schema(example = """
        {
          "reason": "Theme 3 levels need evidence: please add the attainment data."
        }""")
public record ReasonRequest(
        @Schema(example = "Theme 3 levels need evidence: please add the attainment data.")
        @NotBlank @Size(max = 2000) String reason) {
}
