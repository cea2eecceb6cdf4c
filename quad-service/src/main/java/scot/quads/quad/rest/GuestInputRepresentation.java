package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import scot.quads.quad.GuestInput;

/**
 * What a guest wrote to a session's record (about one agenda item, {@code itemId}, or the session), and who they are.
 */
public record GuestInputRepresentation(UUID id, UUID sessionId, UUID itemId, String authorName, String organisation,
        String text, OffsetDateTime postedAt) {

    static GuestInputRepresentation of(GuestInput input) {
        return new GuestInputRepresentation(input.id, input.sessionId, input.itemId, input.authorName,
                input.organisation, input.text, input.postedAt);
    }
}
