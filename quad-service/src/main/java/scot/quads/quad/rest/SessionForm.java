package scot.quads.quad.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.QuadSession;
import scot.quads.quad.work.SessionService.NewSession;
import scot.quads.quad.work.SessionService.PlannedItem;
import scot.quads.quad.work.SessionService.Purpose;

/**
 * A session to schedule. The agenda is either {@code agenda}, question codes in order, or {@code items}: rubric
 * items, a member council's key questions and free topics; send neither to take the questions where the quad's
 * revealed answers diverge most. {@code hosts} (user names) defaults to whoever schedules it; {@code attendance}
 * is recorded once the session has started.
 */
@Schema(example = """
        {
          "startsAt": "2026-11-12T10:00:00Z",
          "location": "Online",
          "agenda": [
            "D1.1.1",
            "D2.1.1"
          ]
        }""")
public record SessionForm(
        @Schema(example = "2026-11-12T10:00:00Z") @NotNull OffsetDateTime startsAt,
        @Schema(example = "Online") @Size(max = 200) String location,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> agenda,
        @Size(max = 30) List<@Valid @NotNull SessionItemForm> items,
        @Valid SessionPurposeForm purpose,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> hosts,
        @Size(max = 6) List<@NotNull @Pattern(regexp = ROLES, message = "must be one of " + ROLE_NAMES) String>
                invitedRoles,
        @Size(max = 60) List<@Valid @NotNull SessionAttendeeForm> attendance) {

    static final String ROLES = "authority-editor|authority-viewer|ades-admin|ades-officer|es-link|quad-guest";
    static final String ROLE_NAMES = "authority-editor, authority-viewer, ades-admin, ades-officer, es-link,"
            + " quad-guest";

    /** One agenda item: a rubric item names its question; a key question its council and words; a topic its title. */
    public record SessionItemForm(
            @Schema(example = "topic") @NotNull
            @Pattern(regexp = "rubric-item|key-question|topic", message = "must be rubric-item, key-question or topic")
            String kind,
            @Schema(example = "D1.1.1") @Size(max = 50) String questionCode,
            @Schema(example = "S12000049") @Size(max = 20) String council,
            @Schema(example = "How we share what works in family learning") @Size(max = 500) String title) {

        PlannedItem toPlanned() {
            return new PlannedItem(kind, questionCode, council, title);
        }
    }

    /** What the session is for: a focus question (its words default to the council's agreed one) or key question. */
    public record SessionPurposeForm(
            @Schema(example = "focus-question") @NotNull
            @Pattern(regexp = "focus-question|key-question", message = "must be focus-question or key-question")
            String kind,
            @Schema(example = "S12000049") @NotBlank @Size(max = 20) String council,
            @Schema(example = "How well do we close the gap in literacy for care-experienced learners?")
            @Size(max = 2000) String text) {

        Purpose toPurpose() {
            return new Purpose(kind, council, text);
        }
    }

    /** One person who attended. */
    public record SessionAttendeeForm(
            @Schema(example = "A. Officer") @NotBlank @Size(max = 200) String name,
            @Schema(example = "ADES") @Size(max = 200) String organisation) {

        QuadSession.Attendee toAttendee() {
            return new QuadSession.Attendee(name, organisation);
        }
    }

    static List<PlannedItem> planned(List<SessionItemForm> items) {
        return items == null ? null : items.stream().map(SessionItemForm::toPlanned).toList();
    }

    static List<QuadSession.Attendee> attendees(List<SessionAttendeeForm> attendance) {
        return attendance == null ? null : attendance.stream().map(SessionAttendeeForm::toAttendee).toList();
    }

    NewSession toNew() {
        return new NewSession(startsAt, location, agenda, planned(items),
                purpose == null ? null : purpose.toPurpose(), hosts, invitedRoles, attendees(attendance));
    }
}
