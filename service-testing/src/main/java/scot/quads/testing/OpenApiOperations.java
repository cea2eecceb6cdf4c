package scot.quads.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations a service's OpenAPI document lists, as {@code "METHOD /path/{param}"}, for tests that must cover
 * every endpoint (such as the authorization matrices), so that a new endpoint cannot escape them.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiOperations() {
    }

    /**
     * The media type an operation's request body is documented with (its first, when several), or null when it takes
     * no body: a request must carry it to reach the operation's rules rather than be refused as 415.
     */
    public static String requestMediaType(String openApiJson, String operation) {
        int space = operation.indexOf(' ');
        JsonNode content = read(openApiJson).path("paths").path(operation.substring(space + 1))
                .path(operation.substring(0, space).toLowerCase()).path("requestBody").path("content");
        Iterator<String> types = content.fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    /** Every operation of the document (JSON, as {@code /q/openapi?format=json} serves it), sorted. */
    public static Set<String> of(String openApiJson) {
        JsonNode paths = read(openApiJson).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static JsonNode read(String openApiJson) {
        try {
            return new ObjectMapper().readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException("Not an OpenAPI document in JSON", e);
        }
    }
}
