package scot.quads.quad.work;

import java.util.List;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/**
 * The {@code Idempotency-Key} header that comment, reply and action creation take: a key of the client's choosing,
 * new for each thing created, so that a retry after an answer that never arrived finds what the first attempt made
 * instead of making it twice. Its form is checked here, in one place.
 */
public final class IdempotencyKey {

    /** The header's name. */
    public static final String HEADER = "Idempotency-Key";
    /** The longest key. */
    public static final int LONGEST = 200;
    /** The characters a key may hold (visible ASCII), as a Java pattern. */
    public static final String PATTERN = "[\\x21-\\x7E]{1," + LONGEST + "}";
    /** The same, as the OpenAPI writes it. */
    public static final String OPENAPI_PATTERN = "^[!-~]{1,200}$";

    private IdempotencyKey() {
    }

    /** The key as sent, or null when none was; a key of another form is refused (400, naming the header). */
    public static String checked(String key) {
        if (key != null && !key.matches(PATTERN)) {
            throw ProblemException.badRequest("The " + HEADER + " header is not a usable key",
                    new Problem.FieldError(HEADER, "must be 1 to " + LONGEST
                            + " visible ASCII characters (a UUID, say), with no spaces"));
        }
        return key;
    }

    /** The key was already used by the same user for a different {@code what} (422, naming the header). */
    public static ProblemException usedElsewhere(String what) {
        return ProblemException.unprocessable("This " + HEADER + " was already used for a different " + what
                + ": send a new key with each new " + what + ", and the same key only when sending the same " + what
                + " again", List.of(new Problem.FieldError(HEADER, "was already used for a different " + what)));
    }
}
