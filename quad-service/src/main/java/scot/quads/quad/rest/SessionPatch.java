package scot.quads.quad.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.rest.SessionForm.SessionAttendeeForm;
import scot.quads.quad.rest.SessionForm.SessionItemForm;
import scot.quads.quad.work.SessionService.SessionChange;

/**
 * A change to a session: only the fields sent change; {@code notes} and {@code attendance} once it has started. A new
 * agenda ({@code agenda} or {@code items}) keeps the items it still lists, with their outcomes and actions.
 */
@Schema(example = """
        {
          "location": "Council offices, room 2",
          "notes": "Agreed to compare attendance tracking next time."
        }""")
public record SessionPatch(
        OffsetDateTime startsAt,
        @Size(max = 200) String location,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> agenda,
        @Size(max = 30) List<@Valid @NotNull SessionItemForm> items,
        @Schema(example = "Agreed to compare attendance tracking next time.") @Size(max = 20000) String notes,
        @Valid SessionForm.SessionPurposeForm purpose,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> hosts,
        @Size(max = 6) List<@NotNull @Pattern(regexp = SessionForm.ROLES,
                message = "must be one of " + SessionForm.ROLE_NAMES) String> invitedRoles,
        @Size(max = 60) List<@Valid @NotNull SessionAttendeeForm> attendance) {

    SessionChange toChange() {
        return new SessionChange(startsAt, location, agenda, SessionForm.planned(items), notes,
                purpose == null ? null : purpose.toPurpose(), hosts, invitedRoles,
                SessionForm.attendees(attendance));
    }
}
