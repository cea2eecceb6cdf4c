package scot.quads.notification;

import java.time.OffsetDateTime;

/** One person's email choice for one notification type; no row means their contact default applies. */
public record Preference(String userEmail, String type, String emailMode, OffsetDateTime updatedAt) {
}
