package scot.quads.portal.client;

import java.util.List;
import java.util.Map;

/**
 * A service's problem+json answer to a call the portal made for the user: pages turn it into a GOV.UK error
 * summary (each field error linked to its field) or an error page.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public ServiceProblem(int status, String title, String detail, List<FieldError> errors,
            Map<String, Object> properties) {
        super(detail == null || detail.isBlank() ? title : detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The problem behind a failed call, also when the REST client wrapped it; null when there is none. */
    public static ServiceProblem in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServiceProblem problem) {
                return problem;
            }
        }
        return null;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public record FieldError(String field, String message) {
    }
}
