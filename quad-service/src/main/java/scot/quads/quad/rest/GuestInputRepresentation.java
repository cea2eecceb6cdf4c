package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import scot.quads.quad.GuestInput;

/** What a guest wrote to a session's record, and who they are. */
public record GuestInputRepresentation(UUID id, UUID sessionId, String authorName, String organisation, String text,
        OffsetDateTime postedAt) {

    static GuestInputRepresentation of(GuestInput input) {
        return new GuestInputRepresentation(input.id, input.sessionId, input.authorName, input.organisation,
                input.text, input.postedAt);
    }
}
