package scot.quads.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document: every error any service returns has this shape, as {@code application/problem+json}.
 * {@code errors} names each offending field of a request and why; {@code properties} carries extra members such as
 * the current state of a resource that a stale write tried to change.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> properties) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return properties;
    }

    /** One invalid input: {@code field} is a JSON path into the body ({@code answers[2].level}) or a parameter name. */
    public record FieldError(String field, String message) {
    }
}
