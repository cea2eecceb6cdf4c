package scot.quads.notification.rest;

import java.time.OffsetDateTime;
import scot.quads.notification.Preference;

/** One person who chose not to get one type of notification by email now ({@code off} or {@code digest}). */
public record OptOutRepresentation(String user, String type, String email, OffsetDateTime since) {

    static OptOutRepresentation of(Preference preference) {
        return new OptOutRepresentation(preference.userEmail, preference.type, preference.emailMode,
                preference.updatedAt);
    }
}
