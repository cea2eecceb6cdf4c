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

    /** Every operation of the document (JSON, as {@code /q/openapi?format=json} serves it), sorted. */
    public static Set<String> of(String openApiJson) {
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(openApiJson).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException("Not an OpenAPI document in JSON", e);
        }
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
}
