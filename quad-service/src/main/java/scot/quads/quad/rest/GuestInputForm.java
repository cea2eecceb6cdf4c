package scot.quads.quad.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A guest's input to a session's record. */
@Schema(example = """
        {
          "text": "Our youth workers run the family learning evenings in two of the schools on the agenda."
        }""")
public record GuestInputForm(
        @Schema(example = "Our youth workers run the family learning evenings.") @Size(max = 5000) String text) {
}
