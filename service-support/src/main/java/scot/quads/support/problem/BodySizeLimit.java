package scot.quads.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over the limit with a problem+json 413 before anything reads it. A body with no declared
 * length (chunked) is cut off with 413 (no body, the connection closed) as soon as more than the limit has arrived,
 * rather than read up to {@code quarkus.http.limits.max-body-size}, which a service may set higher for one route of
 * its own (rubric-service's evidence upload).
 */
@ApplicationScoped
public class BodySizeLimit {

    /**
     * Set to true on the routing context by a service's own earlier handler that has checked a declared body against
     * a larger limit of its own (a file upload), so that this one lets it through.
     */
    public static final String CHECKED = "quads.body-size-checked";

    private final long maxBytes;
    private final ObjectMapper mapper;

    public BodySizeLimit(@ConfigProperty(name = "quads.http.max-body-bytes") long maxBytes, ObjectMapper mapper) {
        this.maxBytes = maxBytes;
        this.mapper = mapper;
    }

    void install(@Observes Router router) throws JsonProcessingException {
        String tooLarge = mapper.writeValueAsString(new Problem(null, "Payload too large", 413,
                "The request body is larger than " + (maxBytes / 1024) + " KiB", null, null, null));
        router.route().order(Integer.MIN_VALUE + 10).handler(context -> {
            if (Boolean.TRUE.equals(context.get(CHECKED))) {
                context.next();
                return;
            }
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(tooLarge);
                return;
            }
            context.next();
        });
        // Quarkus's own handler (ROUTE_ORDER_UPLOAD_LIMIT) hands Quarkus REST the HTTP layer's limit for a body of no
        // declared length; this one, just after it, hands it the service's, unless a route of its own checked it.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (!Boolean.TRUE.equals(context.get(CHECKED))
                    && context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, maxBytes);
            }
            context.next();
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
