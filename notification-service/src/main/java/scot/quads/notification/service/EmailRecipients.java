package scot.quads.notification.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of a council's contacts get a notice by email, and how: a person's own preference for the type wins
 * ({@code on}: a mail now; {@code digest}: in tomorrow's digest; {@code off}: none); without one, the contact's
 * default list from the authority service decides (listed: a mail now).
 */
public final class EmailRecipients {

    public static final String ON = "on";
    public static final String OFF = "off";
    public static final String DIGEST = "digest";
    public static final List<String> MODES = List.of(ON, OFF, DIGEST);
    /** The channels a mail goes by: now, or in the daily digest. */
    public static final String NOW = "email";
    public static final String IN_DIGEST = "digest";

    private EmailRecipients() {
    }

    /** A contact's address and the types they want by default. */
    public record ContactDefaults(String email, Collection<String> types) {
    }

    /** One person to mail and through which channel ({@link #NOW} or {@link #IN_DIGEST}). */
    public record Recipient(String email, String channel) {
    }

    /** @param preferences each person's own mode for this type, keyed by {@link #normalise normalised} address */
    public static List<Recipient> of(String type, Collection<ContactDefaults> contacts, Map<String, String> preferences) {
        Set<String> seen = new LinkedHashSet<>();
        List<Recipient> recipients = new ArrayList<>();
        for (ContactDefaults contact : contacts) {
            String email = normalise(contact.email());
            if (email.isEmpty() || !seen.add(email)) {
                continue;
            }
            String mode = preferences.getOrDefault(email, contact.types().contains(type) ? ON : OFF);
            switch (mode) {
                case ON -> recipients.add(new Recipient(email, NOW));
                case DIGEST -> recipients.add(new Recipient(email, IN_DIGEST));
                default -> { }
            }
        }
        return List.copyOf(recipients);
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
