package scot.quads.notification;

import java.util.Objects;
import java.util.UUID;

/** What one audience should be told, as a rule decided it; stored as a {@link Notification}. */
public record Notice(
        Audience audience,
        String type,
        String title,
        String body,
        String link,
        String councilCode,
        UUID cycleId) {

    public Notice {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
