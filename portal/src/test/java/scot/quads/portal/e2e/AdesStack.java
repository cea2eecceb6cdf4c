package scot.quads.portal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ADES browser test's own calls to the running stack: what it leaves behind is cleaned up here (every cycle it
 * opened is closed, even when the test fails), with ades's token from the local-only client quads-cli.
 */
final class AdesStack {

    static final String KEYCLOAK = System.getProperty("quads.keycloak.url", "http://localhost:8180");
    static final String RUBRIC = System.getProperty("quads.rubric.url", "http://127.0.0.1:8082");
    static final String PREFIX = "e2e-ades-";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    AdesStack() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=quads-cli&password=demo&username="
                + URLEncoder.encode("ades", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/realms/quads/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        token = JSON.readTree(response.body()).get("access_token").asText();
    }

    JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    int post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Closes every cycle this test opened that is still open or in review. */
    void closeOurCycles() throws IOException, InterruptedException {
        for (JsonNode cycle : get(RUBRIC + "/cycles")) {
            if (cycle.get("name").asText().startsWith(PREFIX) && !"closed".equals(cycle.get("state").asText())) {
                post(RUBRIC + "/cycles/" + cycle.get("id").asText() + "/state",
                        "{\"state\":\"closed\",\"reason\":\"The ADES browser test is over\"}");
            }
        }
    }
}
