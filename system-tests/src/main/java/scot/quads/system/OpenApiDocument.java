package scot.quads.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One service's OpenAPI document, read to check answers against it: the operation a method and path stand for, and
 * whether a status, media type and body are ones the document gives for it (bodies validated against the schema
 * with a JSON Schema 2020-12 validator, the document's components beside it so that its $refs resolve). Used by
 * service-testing's OpenApiContract in the API tests and by the system tests' fuzzer against the running stack.
 */
public final class OpenApiDocument {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private record Template(String path, Pattern pattern, int variables) {
    }

    public OpenApiDocument(JsonNode root) {
        this.root = root;
        for (Iterator<String> paths = root.path("paths").fieldNames(); paths.hasNext();) {
            String path = paths.next();
            StringBuilder regex = new StringBuilder();
            int variables = 0;
            for (String part : path.split("((?=\\{)|(?<=\\}))")) {
                if (part.startsWith("{") && part.endsWith("}")) {
                    regex.append("[^/]+");
                    variables++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            templates.add(new Template(path, Pattern.compile(regex + "/?"), variables));
        }
        // The most specific template first: /quads/mine before /quads/{quadId}.
        templates.sort((a, b) -> Integer.compare(a.variables(), b.variables()));
    }

    /** The document itself. */
    public JsonNode root() {
        return root;
    }

    /** What is wrong with this answer to {@code method path} by the document; empty when nothing is. */
    public List<String> check(String method, String path, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String mediaType = baseType(contentType);
        JsonNode operation = null;
        String template = null;
        for (Template candidate : templates) {
            if (candidate.pattern().matcher(path).matches()) {
                JsonNode found = root.path("paths").path(candidate.path()).path(method.toLowerCase(Locale.ROOT));
                if (!found.isMissingNode()) {
                    operation = found;
                    template = candidate.path();
                    break;
                }
            }
        }
        if (operation == null) {
            if (status != 404 && status != 405 && status != 414 && status != 400 && status != 413) {
                problems.add("no documented operation " + method + " matches the path, yet it answered "
                        + status);
            } else if (!"application/problem+json".equals(mediaType)) {
                problems.add("an undocumented path's " + status + " is not application/problem+json");
            }
            return problems;
        }
        String code = Integer.toString(status);
        JsonNode responses = operation.path("responses");
        JsonNode documented = responses.path(code);
        String key = code;
        if (documented.isMissingNode()) {
            documented = responses.path(code.charAt(0) + "XX");
            key = code.charAt(0) + "XX";
        }
        if (documented.isMissingNode()) {
            documented = responses.path("default");
            key = "default";
        }
        if (documented.isMissingNode()) {
            problems.add("status " + status + " is not documented for " + method + " " + template
                    + " (documented: " + join(responses.fieldNames()) + ")");
            return problems;
        }
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (body != null && !body.isEmpty()) {
                problems.add("a body came with " + status + " where the document gives none");
            }
            return problems;
        }
        if (body == null || body.isEmpty()) {
            return problems;
        }
        String documentedType = null;
        for (Iterator<String> types = content.fieldNames(); types.hasNext();) {
            String type = types.next();
            if (type.equals(mediaType) || type.equals("*/*")
                    || (type.endsWith("/*") && mediaType != null && mediaType.startsWith(type.replace("*", "")))) {
                documentedType = type;
                break;
            }
        }
        if (documentedType == null) {
            problems.add("media type " + mediaType + " is not documented for " + status + " (documented: "
                    + join(content.fieldNames()) + ")");
            return problems;
        }
        JsonNode schema = content.path(documentedType).path("schema");
        if (schema.isMissingNode() || !(documentedType.contains("json"))) {
            return problems;
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            problems.add("the body is not JSON although " + documentedType + " was documented");
            return problems;
        }
        String at = method + " " + template + " " + key + " " + documentedType;
        Set<ValidationMessage> errors = schemaOf(at, schema).validate(value);
        for (ValidationMessage error : errors) {
            problems.add(error.getMessage());
        }
        return problems;
    }

    /** The schema with the document's components beside it, so that its $refs resolve. */
    private JsonSchema schemaOf(String at, JsonNode schema) {
        return schemas.computeIfAbsent(at, key -> {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.setAll((ObjectNode) schema.deepCopy());
            wrapper.set("components", root.path("components").deepCopy());
            return factory.getSchema(wrapper);
        });
    }

    private static String join(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return String.join(", ", all);
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
