package scot.quads.notification;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a notification is addressed to: one council (all of its users see it) or ADES (every ADES officer sees it).
 * Addressing groups rather than people means a council user who joins later still finds what the council was told.
 */
public record Audience(String key) {

    public static final Audience ADES = new Audience("ades");
    private static final String COUNCIL_PREFIX = "council:";

    public Audience {
        Objects.requireNonNull(key, "key");
    }

    public static Audience council(String gssCode) {
        return new Audience(COUNCIL_PREFIX + normaliseCode(gssCode));
    }

    /** GSS codes compared and stored one way, whatever case or spacing an event or a token used. */
    public static String normaliseCode(String gssCode) {
        return Objects.requireNonNull(gssCode, "gssCode").trim().toUpperCase(Locale.ROOT);
    }

    /** The council's code, for a council audience. */
    public Optional<String> councilCode() {
        return key.startsWith(COUNCIL_PREFIX) ? Optional.of(key.substring(COUNCIL_PREFIX.length())) : Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
