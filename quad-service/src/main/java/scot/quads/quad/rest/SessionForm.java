package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.SessionService.NewSession;

/**
 * A session to schedule. {@code agenda} lists question codes in order; leave it out to take the questions where
 * the quad's revealed answers diverge most.
 */
@Schema(example = """
        {
          "startsAt": "2026-11-12T10:00:00Z",
          "location": "Online",
          "agenda": [
            "1.1.1",
            "2.1.1"
          ]
        }""")
public record SessionForm(
        @Schema(example = "2026-11-12T10:00:00Z") @NotNull OffsetDateTime startsAt,
        @Schema(example = "Online") @Size(max = 200) String location,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> agenda) {

    NewSession toNew() {
        return new NewSession(startsAt, location, agenda);
    }
}
