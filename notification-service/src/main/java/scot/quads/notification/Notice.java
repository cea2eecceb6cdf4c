package scot.quads.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * What one audience should be told, as a rule decided it; stored as a {@link Notification}. {@code email} is where
 * a notice to one person is mailed, when the event that caused it gave their address; group notices have none.
 */
public record Notice(
        Audience audience,
        String type,
        String title,
        String body,
        String link,
        String councilCode,
        UUID cycleId,
        String email) {

    public Notice(Audience audience, String type, String title, String body, String link, String councilCode,
            UUID cycleId) {
        this(audience, type, title, body, link, councilCode, cycleId, null);
    }

    public Notice {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
