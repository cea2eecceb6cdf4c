package scot.quads.portal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running stack's APIs, used by the browser tests to set the scene (a colleague's edit, the answers not under
 * test) with a demo user's token from the local-only client quads-cli.
 */
final class StackApi {

    static final String KEYCLOAK = System.getProperty("quads.keycloak.url", "http://localhost:8180");
    static final String RUBRIC = System.getProperty("quads.rubric.url", "http://127.0.0.1:8082");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    StackApi(String username) throws IOException, InterruptedException {
        token = token(http, username);
    }

    /** A demo login's access token through the local realm's public client quads-cli. */
    static String token(HttpClient http, String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=quads-cli&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/realms/quads/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    JsonNode get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), 200);
    }

    JsonNode put(String url, String ifMatch, Map<String, Object> body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("If-Match", "\"" + ifMatch + "\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), 200);
    }

    JsonNode post(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()), 200);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
