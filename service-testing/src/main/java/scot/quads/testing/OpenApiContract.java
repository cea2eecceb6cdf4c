package scot.quads.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import scot.quads.system.OpenApiDocument;

/**
 * Holds every request and response of a service's API tests to the service's own OpenAPI document (read from its
 * {@code /q/openapi}): the operation must be documented (an undocumented path may only answer 404 or 405), and the
 * response's status, media type and body must be ones the document gives for that operation, the body validated
 * against the schema with a JSON Schema 2020-12 validator. A test that gets an undocumented status, content type or
 * body shape fails with what differed. The service's management paths ({@code /q/...}) are not part of its API.
 *
 * <p>Installed by {@link OpenApiContractExtension} as a REST Assured filter (Atlassian's
 * swagger-request-validator plays this part elsewhere; its REST Assured filter resolves from the Maven mirror
 * (2.44.1, checked 2026-12-06) but is not wired in yet; this filter uses networknt's JSON Schema validator).
 */
public final class OpenApiContract implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, OpenApiDocument> DOCUMENTS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Adds the filter to REST Assured's global filters (once) in the class loader this class was loaded by. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(filter -> filter instanceof OpenApiContract)) {
            RestAssured.filters(new OpenApiContract());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (path == null || path.startsWith("/q/") || path.equals("/q")) {
            return response;
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        OpenApiDocument document = DOCUMENTS.computeIfAbsent(base, OpenApiContract::load);
        List<String> problems = document.check(request.getMethod(), path, response.getStatusCode(),
                response.getContentType(), response.asString());
        if (!problems.isEmpty()) {
            throw new AssertionError("The response to " + request.getMethod() + " " + path + " ("
                    + response.getStatusCode() + " " + response.getContentType() + ") breaks the OpenAPI: "
                    + String.join("; ", problems) + "\nBody: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    private static OpenApiDocument load(String base) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + answer.statusCode());
            }
            return new OpenApiDocument(JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the service's OpenAPI at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
