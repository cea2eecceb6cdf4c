package scot.quads.system;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One service's OpenAPI document and the rules every answer is held to, by Atlassian's swagger-request-validator
 * (service-testing's OpenApiContract puts its REST Assured filter on every API test; the system tests' fuzzer calls
 * {@link #check} against the running stack):
 * <ul>
 * <li>the operation must be documented, and its answer's status, media type and body must be ones the document
 * gives for it (the body validated against its schema);</li>
 * <li>a request the document calls invalid (a missing required header or body, a value of the wrong kind, no
 * token) must be refused with a 4xx, which is then held to the document like any answer; accepting it, or failing
 * with a 5xx, breaks the contract;</li>
 * <li>every error (4xx, 5xx) with a body is {@code application/problem+json}, also where no operation matched.</li>
 * </ul>
 */
public final class OpenApiDocument {
    /** The media type of every error body. */
    public static final String PROBLEM = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().build();

    /** A request the document calls invalid may be refused with a 4xx: that is what the service must do with it. */
    private static final WhitelistRule REFUSED_INVALID_REQUEST = (message, operation, request, response) ->
            message.getKey().startsWith("validation.request.") && response != null
                    && response.getStatus() >= 400 && response.getStatus() < 500;

    /**
     * REST Assured keeps a multipart request's parts apart from its body and hands the validator none, so for a
     * multipart request a "missing" body is one the validator could not see, not one the client left out (the
     * parts themselves are checked by the service, whose refusals are held to the document like any answer).
     */
    private static final WhitelistRule MULTIPART_BODY_UNSEEN = (message, operation, request, response) ->
            "validation.request.body.missing".equals(message.getKey()) && request != null
                    && request.getContentType().map(type -> type.toLowerCase(Locale.ROOT).startsWith("multipart/"))
                            .orElse(false);

    /**
     * The validator calls an optional query parameter sent empty ({@code ?year=}) "required but missing", even where
     * the document says it is optional and takes an empty value (allowEmptyValue): the service reads it as absent.
     */
    private static final WhitelistRule EMPTY_OPTIONAL_QUERY_VALUE = (message, operation, request, response) ->
            "validation.request.parameter.missing".equals(message.getKey()) && request != null
                    && message.getContext().flatMap(context -> context.getParameter())
                            .filter(parameter -> "query".equals(parameter.getIn())
                                    && !Boolean.TRUE.equals(parameter.getRequired())
                                    && Boolean.TRUE.equals(parameter.getAllowEmptyValue())
                                    && request.getQueryParameterValues(parameter.getName()).stream()
                                            .allMatch(value -> value == null || value.isEmpty()))
                            .isPresent();

    private final JsonNode root;
    private final OpenApiInteractionValidator validator;

    public OpenApiDocument(String json) {
        try {
            this.root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
        }
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .withWhitelist(ValidationErrorsWhitelist.create()
                        .withRule("An invalid request refused with a 4xx", REFUSED_INVALID_REQUEST)
                        .withRule("A multipart body the REST Assured filter cannot see", MULTIPART_BODY_UNSEEN)
                        .withRule("An optional query parameter sent empty", EMPTY_OPTIONAL_QUERY_VALUE))
                .build();
    }

    /** The document a running service serves at {@code base}/q/openapi. */
    public static OpenApiDocument of(String base) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + base + "/q/openapi answered " + answer.statusCode());
            }
            return new OpenApiDocument(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the service's OpenAPI at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The document itself. */
    public JsonNode root() {
        return root;
    }

    /** The validator with this project's rules, for swagger-request-validator's REST Assured filter. */
    public OpenApiInteractionValidator validator() {
        return validator;
    }

    /**
     * What is wrong with this exchange by the document; empty when nothing is. {@code rawPath} is the path as sent
     * (percent-encoded), {@code query} its decoded parameters, {@code headers} the request's headers.
     */
    public List<String> check(String method, String rawPath, Map<String, List<String>> query,
            Map<String, String> headers, String requestBody, int status, String contentType, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, rawPath);
        query.forEach(request::withQueryParam);
        headers.forEach((name, value) -> request.withHeader(name, value));
        if (requestBody != null) {
            request.withBody(requestBody);
        }
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        return problems(request.build(), response.build(), status, contentType, body);
    }

    /** What is wrong with this exchange by the document and the rules above; empty when nothing is. */
    public List<String> problems(Request request, Response response, int status, String contentType,
            String body) {
        List<String> problems = new ArrayList<>();
        ValidationReport report = validator.validate(request, response);
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                problems.add(message.getKey() + ": " + message.getMessage());
            }
        }
        problems.addAll(errorShape(status, contentType, body));
        return problems;
    }

    /**
     * What Swagger UI would lack or show wrongly for the document's request bodies: a body with no example, on its
     * media type or on its schema; a JSON example the document's own schema for that body refuses (held to it by the
     * same validator as the requests). Empty when every body has an example that the document accepts. Deliberate
     * exceptions: a file's bytes (a body of {@code format: binary}) and a file upload (multipart with a binary part),
     * which Swagger UI shows as a file picker and a form, where no example can stand for the file.
     */
    public List<String> requestBodyExampleProblems() {
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                JsonNode content = operation.getValue().path("requestBody").path("content");
                for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext();) {
                    Map.Entry<String, JsonNode> type = types.next();
                    String where = method + " " + path.getKey() + " (" + type.getKey() + ")";
                    JsonNode schema = resolved(type.getValue().path("schema"));
                    if (isFile(schema) || type.getKey().startsWith("multipart/") && hasFilePart(schema)) {
                        continue;
                    }
                    JsonNode example = example(type.getValue(), schema);
                    if (example == null) {
                        problems.add(where + ": no example of its request body");
                    } else if (type.getKey().contains("json")) {
                        problems.addAll(exampleRefused(method, path.getKey(), type.getKey(), example).stream()
                                .map(problem -> where + ": its example " + problem).toList());
                    }
                }
            }
        }
        return problems;
    }

    private boolean isFile(JsonNode schema) {
        return "binary".equals(resolved(schema).path("format").asText());
    }

    private boolean hasFilePart(JsonNode schema) {
        for (JsonNode property : resolved(schema).path("properties")) {
            if (isFile(property) || isFile(resolved(property).path("items"))) {
                return true;
            }
        }
        return false;
    }

    /** The media type's example, its first named example's value, or its schema's example; null when none. */
    private static JsonNode example(JsonNode mediaType, JsonNode schema) {
        if (mediaType.has("example")) {
            return mediaType.get("example");
        }
        for (JsonNode named : mediaType.path("examples")) {
            if (named.has("value")) {
                return named.get("value");
            }
        }
        return schema.has("example") ? schema.get("example") : null;
    }

    /** The schema a {@code $ref} names in the document's components, or the schema itself. */
    private JsonNode resolved(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : schema;
    }

    /** What the validator finds wrong with this body as the request's body (its path and headers aside). */
    private List<String> exampleRefused(String method, String template, String mediaType, JsonNode example) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, template.replaceAll("\\{[^}]+}", "x"))
                .withContentType(mediaType).withBody(example.toString());
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : validator.validateRequest(request.build()).getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR
                    && message.getKey().startsWith("validation.request.body")) {
                problems.add(message.getKey() + ": " + message.getMessage());
            }
        }
        return problems;
    }

    /** An error with a body must be problem+json, also where no documented operation matched. */
    public static List<String> errorShape(int status, String contentType, String body) {
        if (status < 400 || body == null || body.isEmpty()) {
            return List.of();
        }
        String type = baseType(contentType);
        if (!PROBLEM.equals(type)) {
            return List.of("the " + status + " came as " + type + ", not " + PROBLEM);
        }
        return List.of();
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
