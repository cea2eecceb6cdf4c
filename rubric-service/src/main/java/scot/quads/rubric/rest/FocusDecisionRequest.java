package scot.quads.rubric.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ADES's comment on a proposed focus: optional when agreeing it, required when sending it back. */
@Schema(example = """
        {
          "comment": "Agreed: a good fit with last year's next steps."
        }""")
public record FocusDecisionRequest(
        @Schema(example = "Agreed: a good fit with last year's next steps.")
        @Size(max = 2000) String comment) {
}
