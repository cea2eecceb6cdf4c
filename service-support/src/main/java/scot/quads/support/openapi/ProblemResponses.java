package scot.quads.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import scot.quads.support.problem.Problem;

/**
 * Documents in every service's OpenAPI the errors that service-support answers for every operation, each as
 * {@code application/problem+json} with the {@code Problem} schema, so that the document names every status an
 * operation can answer (the operations' own annotations document their successes):
 * <ul>
 * <li>every operation: 400 (a path or query value that is not valid, a control character), 401, 403, 404, 405 (a
 * path with an empty segment, which the router reads without it, naming a resource of other methods), 406 (an
 * Accept the operation cannot produce), 414 (a path over 4,096 characters, or a path and query over 16,384), 431 (a request line or headers over the
 * HTTP layer's limit), 500 and 503 (the database cannot take
 * it now; Retry-After says when to try again);</li>
 * <li>an operation with a body or one that changes something: 409 (someone else's change or a duplicate met at the
 * same moment), 413 (a body over the limit), 415 (a body of another media type) and 422 (a body that is well-formed
 * but breaks a rule of the domain);</li>
 * <li>an operation with an {@code If-Match} header: 412 with the current version, and 428 when it is required;</li>
 * <li>any other error an operation documents itself (a read's 409 or 422, say) has the same body.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private static final Map<String, String> ALWAYS = new LinkedHashMap<>();
    private static final Map<String, String> WRITES = new LinkedHashMap<>();

    static {
        ALWAYS.put("400", "Bad request: a path, query or header value that is not valid (each named in errors)");
        ALWAYS.put("401", "Unauthorized: no valid bearer token");
        ALWAYS.put("403", "Forbidden: the token's role or council does not allow this");
        ALWAYS.put("404", "Not found: nothing at this path (or not visible to the caller)");
        ALWAYS.put("405", "Method not allowed: the path, read with an empty segment left out (an id missing), names a"
                + " resource that does not take this method");
        ALWAYS.put("406", "Not acceptable: the Accept header names no media type this operation produces");
        ALWAYS.put("414", "URI too long: the path is longer than 4,096 characters, or the path and query than 16,384");
        ALWAYS.put("431", "Request header fields too large: the request line or headers are over the HTTP layer's"
                + " limit");
        ALWAYS.put("500", "Internal server error: quote the incident it names");
        ALWAYS.put("503", "Service unavailable: the database cannot take this now; nothing was changed. See Retry-After");
        WRITES.put("400", "Bad request: a body, path, query or header value that is not valid (each named in errors)");
        WRITES.put("409", "Conflict: someone else changed this at the same moment, or it would duplicate something"
                + " that exists, or the resource is in a state that does not allow it; nothing was changed");
        WRITES.put("413", "Payload too large: the body is over the limit");
        WRITES.put("415", "Unsupported media type: the body is not of a media type this operation reads");
        WRITES.put("422", "Unprocessable: the body is well-formed but breaks a rule (each named in errors)");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), item);
                emptyTakesTheDefault(entry.getValue());
            }
        }
    }

    /**
     * An optional query parameter takes an empty value ({@code ?year=}) as absent: Quarkus REST reads it as null, or
     * applies the parameter's default, before any validation. The document says so (allowEmptyValue, and a defaulted
     * parameter's pattern widened), so that it matches what the service does (the contract fuzzer found
     * {@code ?limit=} and {@code ?year=} answered 200 where the document refused the empty value).
     */
    static void emptyTakesTheDefault(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.QUERY && !Boolean.TRUE.equals(parameter.getRequired())) {
                parameter.setAllowEmptyValue(true);
            }
            Schema schema = parameter.getSchema();
            if (parameter.getIn() == Parameter.In.QUERY && schema != null && schema.getDefaultValue() != null
                    && schema.getPattern() != null && !schema.getPattern().startsWith(EMPTY_OR)) {
                schema.setPattern(EMPTY_OR + schema.getPattern());
            }
        }
    }

    private static final String EMPTY_OR = "^$|";

    private static void document(PathItem.HttpMethod method, Operation operation, PathItem item) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                || operation.getRequestBody() != null;
        Map<String, String> errors = new TreeMap<>(ALWAYS);
        if (writes) {
            errors.putAll(WRITES);
        }
        Parameter ifMatch = ifMatch(operation, item);
        if (ifMatch != null) {
            errors.put("412", "Precondition failed: If-Match names an older version; current gives the version now");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                errors.put("428", "Precondition required: send If-Match with the ETag last read");
            }
        }
        for (Map.Entry<String, String> error : errors.entrySet()) {
            APIResponse existing = responses.getAPIResponse(error.getKey());
            if (existing != null && existing.getContent() != null
                    && existing.getContent().getMediaType(Problem.MEDIA_TYPE) != null) {
                continue;
            }
            APIResponse response = existing != null ? existing
                    : OASFactory.createAPIResponse().description(error.getValue());
            response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(ref(PROBLEM))));
            if (error.getKey().equals("503")) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            if (error.getKey().equals("401")) {
                response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("The bearer challenge").schema(string()));
            }
            responses.addAPIResponse(error.getKey(), response);
        }
        // An error an operation documents itself (a 409 or 422 a read can answer, say) is problem+json too.
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> own : responses.getAPIResponses().entrySet()) {
                APIResponse response = own.getValue();
                if (own.getKey().matches("[45]\\d\\d") && response != null && response.getRef() == null
                        && (response.getContent() == null || response.getContent().getMediaTypes() == null
                                || response.getContent().getMediaTypes().isEmpty())) {
                    response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(ref(PROBLEM))));
                }
            }
        }
    }

    private static Parameter ifMatch(Operation operation, PathItem item) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.HEADER
                        && "if-match".equals(String.valueOf(parameter.getName()).toLowerCase(Locale.ROOT))) {
                    return parameter;
                }
            }
        }
        return null;
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid input: a JSON path into the body (answers[2].level) or a parameter's name")
                .addProperty("field", string().description("The field's path, or the parameter's or header's name"))
                .addProperty("message", string().description("What is wrong with it, in plain English"))
                .addRequired("field").addRequired("message");
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: every error of every Quads service has this shape, as "
                        + Problem.MEDIA_TYPE + ". Other members may follow: current (the version or state now, "
                        + "after a 412), incident (after a 500).")
                .addProperty("type", string().description("A URI naming the kind of problem, when there is one"))
                .addProperty("title", string().description("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status"))
                .addProperty("detail", string().description("What went wrong here, in plain English"))
                .addProperty("instance", string().description("The path of the request"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(ref(FIELD_ERROR)).description("Each invalid field or parameter"))
                .addRequired("title").addRequired("status")
                // Other members may follow (current after a 412, incident after a 500, an operation's own).
                .additionalPropertiesBoolean(Boolean.TRUE)
                .examples(java.util.List.of(Map.of("title", "Invalid request", "status", 400,
                        "detail", "Some fields are not valid", "instance", "/councils/S12000047",
                        "errors", java.util.List.of(Map.of("field", "name", "message", "must not be blank")))));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }
}
