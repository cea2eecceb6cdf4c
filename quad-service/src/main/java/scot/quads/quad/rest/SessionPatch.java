package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.SessionService.SessionChange;

/** A change to a session: only the fields sent change; {@code notes} once it has started. */
@Schema(example = """
        {
          "location": "Council offices, room 2",
          "notes": "Agreed to compare attendance tracking next time."
        }""")
public record SessionPatch(
        OffsetDateTime startsAt,
        @Size(max = 200) String location,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> agenda,
        @Schema(example = "Agreed to compare attendance tracking next time.") @Size(max = 20000) String notes) {

    SessionChange toChange() {
        return new SessionChange(startsAt, location, agenda, notes);
    }
}
