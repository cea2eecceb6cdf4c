package scot.quads.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import scot.quads.support.rest.StrictJson;

/**
 * What the request line may hold, checked before anything routes it, each refusal a problem+json naming the part:
 * a path longer than {@link #MAX_PATH} characters, or a path and query longer than {@link #MAX_URI}, is 414 (the HTTP
 * layer itself accepts a longer line, so that this answer, not its bare one, is what a client sees); a control character (a NUL, say) in the path or a query value,
 * once percent-decoded, is 400 — the same rule as for text in a body ({@link StrictJson}).
 */
@ApplicationScoped
public class RequestLineRules {

    static final int MAX_PATH = 4096;
    /** Path and query together: well inside the HTTP layer's 64 KiB line, which it refuses with a bare 414. */
    static final int MAX_URI = 16384;

    private final ObjectMapper mapper;

    public RequestLineRules(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 11).handler(context -> {
            String path = context.request().path();
            if (path != null && path.length() > MAX_PATH) {
                refuse(context, new Problem(null, "URI too long", 414,
                        "The request's path is longer than " + MAX_PATH + " characters", null, null, null));
                return;
            }
            String uri = context.request().uri();
            if (uri != null && uri.length() > MAX_URI) {
                refuse(context, new Problem(null, "URI too long", 414,
                        "The request's path and query are longer than " + MAX_URI + " characters", null, null, null));
                return;
            }
            String part = controlCharacterIn(context);
            if (part != null) {
                refuse(context, new Problem(null, "Invalid request", 400, part + " must not contain control characters",
                        path, List.of(new Problem.FieldError(part, "must not contain control characters")), null));
                return;
            }
            context.next();
        });
    }

    /** "path" or the query parameter's name when either holds a control character once decoded; else null. */
    private static String controlCharacterIn(RoutingContext context) {
        String raw = context.request().path();
        if (raw != null && StrictJson.hasControlCharacter(decode(raw))) {
            return "path";
        }
        String query = context.request().query();
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, List<String>> parameter : new QueryStringDecoder(query, StandardCharsets.UTF_8, false)
                .parameters().entrySet()) {
            if (StrictJson.hasControlCharacter(parameter.getKey())) {
                return "query";
            }
            for (String value : parameter.getValue()) {
                if (StrictJson.hasControlCharacter(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static String decode(String raw) {
        try {
            return QueryStringDecoder.decodeComponent(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
