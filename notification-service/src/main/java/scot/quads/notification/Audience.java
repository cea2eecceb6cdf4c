package scot.quads.notification;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a notification is addressed to: one council (all of its users see it), ADES (every ADES officer sees it) or,
 * for what concerns one person alone (a reply in a thread they wrote in), that user, by user name or by the email
 * address they sign in with. Addressing groups where
 * possible means a council user who joins later still finds what the council was told.
 */
public record Audience(String key) {

    public static final Audience ADES = new Audience("ades");
    private static final String COUNCIL_PREFIX = "council:";
    private static final String USER_PREFIX = "user:";
    private static final String EMAIL_PREFIX = "email:";

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

    /**
     * One person, by the email address they sign in with (compared without case): someone this service knows only
     * by address, such as a council's named contact.
     */
    public static Audience email(String address) {
        String email = Objects.requireNonNull(address, "address").trim().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new IllegalArgumentException("An email audience needs an address");
        }
        return new Audience(EMAIL_PREFIX + email);
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

    public boolean isEmail() {
        return key.startsWith(EMAIL_PREFIX);
    }

    /** A notice to one person, by user name or by address. */
    public boolean isPerson() {
        return isUser() || isEmail();
    }

    @Override
    public String toString() {
        return key;
    }
}
