package scot.quads.support.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, with the HTTP status and words to show them. Services throw these from
 * their use cases; {@link ProblemMappers} turns them into problem+json responses.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> properties;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
            Map<String, Object> properties) {
        super(detail == null ? title : detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static ProblemException badRequest(String detail, Problem.FieldError... errors) {
        return new ProblemException(400, "Bad request", detail, List.of(errors), null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null, null);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", what + " " + id + " does not exist", null, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null, null);
    }

    /** 412: the {@code If-Match} version is stale; {@code current} shows the caller what it is now. */
    public static ProblemException preconditionFailed(String detail, Object current) {
        return new ProblemException(412, "Precondition failed", detail, null,
                current == null ? null : Map.of("current", current));
    }

    /** 428: a change to a versioned resource must say which version it changes. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "Precondition required", detail, null, null);
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "Unprocessable content", detail, errors, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
