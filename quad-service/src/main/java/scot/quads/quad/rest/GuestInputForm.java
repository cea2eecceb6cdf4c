package scot.quads.quad.rest;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A guest's input to a session's record: about the session, or about one of the agenda items shared with them. */
@Schema(example = """
        {
          "itemId": "34343434-7777-4c1e-9a0c-5d6c2b3a4e16",
          "text": "Our youth workers run the family learning evenings in two of the schools on the agenda."
        }""")
public record GuestInputForm(
        @Schema(description = "The shared agenda item it is about (the id from the session's agenda); left out when"
                + " it is about the session as a whole") UUID itemId,
        @Schema(example = "Our youth workers run the family learning evenings.") @Size(max = 5000) String text) {
}
