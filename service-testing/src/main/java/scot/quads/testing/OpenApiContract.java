package scot.quads.testing;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scot.quads.system.OpenApiDocument;

/**
 * Holds every request and response of a service's API tests to the service's own OpenAPI document (read once from
 * its {@code /q/openapi}) with Atlassian's swagger-request-validator and its REST Assured filter
 * ({@link OpenApiValidationFilter}), under the rules of {@link OpenApiDocument}: the operation must be documented;
 * the answer's status, media type and body must be ones the document gives for it; a request the document calls
 * invalid must be refused with a documented 4xx; every error body is problem+json. A test that gets an undocumented
 * status, content type or body shape fails with what differed. The service's management paths ({@code /q/...}) are
 * not part of its API.
 *
 * <p>Installed on every {@link QuadsTestStack} test by {@link OpenApiContractExtension}.
 */
public final class OpenApiContract implements Filter {

    private static final Map<String, OpenApiValidationFilter> VALIDATORS = new ConcurrentHashMap<>();

    /** Adds the filter to REST Assured's global filters (once) in the class loader this class was loaded by. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(filter -> filter instanceof OpenApiContract)) {
            RestAssured.filters(new OpenApiContract());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (path == null || path.equals("/q") || path.startsWith("/q/")) {
            return context.next(request, responseSpec);
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        OpenApiValidationFilter validator = VALIDATORS.computeIfAbsent(base,
                service -> new OpenApiValidationFilter(OpenApiDocument.of(service).validator()));
        Response response = validator.filter(request, responseSpec, context);
        List<String> problems = OpenApiDocument.errorShape(response.getStatusCode(), response.getContentType(),
                response.asString());
        if (!problems.isEmpty()) {
            throw new AssertionError("The response to " + request.getMethod() + " " + path + " breaks the "
                    + "contract: " + String.join("; ", problems) + "\nBody: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
