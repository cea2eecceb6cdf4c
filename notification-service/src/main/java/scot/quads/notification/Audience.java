package scot.quads.notification;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a notification is addressed to: one council (all of its users see it), ADES (every ADES officer sees it) or,
 * for what concerns one person alone (a reply in a thread they wrote in), that user. Addressing groups where
 * possible means a council user who joins later still finds what the council was told.
 */
public record Audience(String key) {

    public static final Audience ADES = new Audience("ades");
    private static final String COUNCIL_PREFIX = "council:";
    private static final String USER_PREFIX = "user:";

    public Audience {
        Objects.requireNonNull(key, "key");
    }

    public static Audience council(String gssCode) {
        return new Audience(COUNCIL_PREFIX + normaliseCode(gssCode));
    }

    /** One person, by their user name (the token's {@code preferred_username}), compared without case. */
    public static Audience user(String username) {
        String name = Objects.requireNonNull(username, "username").trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A user audience needs a user name");
        }
        return new Audience(USER_PREFIX + name);
    }

    /** GSS codes compared and stored one way, whatever case or spacing an event or a token used. */
    public static String normaliseCode(String gssCode) {
        return Objects.requireNonNull(gssCode, "gssCode").trim().toUpperCase(Locale.ROOT);
    }

    /** The council's code, for a council audience. */
    public Optional<String> councilCode() {
        return key.startsWith(COUNCIL_PREFIX) ? Optional.of(key.substring(COUNCIL_PREFIX.length())) : Optional.empty();
    }

    public boolean isUser() {
        return key.startsWith(USER_PREFIX);
    }

    @Override
    public String toString() {
        return key;
    }
}
