package scot.quads.portal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The council journeys' scene-setting on the running stack, with a demo user's token (like {@link StackApi}, plus
 * JSON bodies and If-Match on POST): the demo cycle by name, and an earlier cycle in which Glasgow submitted, made
 * once and left closed, so that its answers can be carried forward.
 */
final class CouncilStack {

    static final String GLASGOW = "S12000049";
    /** The earlier cycle whose submitted answers the carry-forward journey starts from. */
    static final String EARLIER = "2025-26";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    CouncilStack(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=quads-cli&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(StackApi.KEYCLOAK + "/realms/quads/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        token = JSON.readTree(response.body()).get("access_token").asText();
    }

    /** The demo data's cycle: named after the current school year ("2026-27" from August 2026). */
    static String demoCycleName() {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    JsonNode cycleNamed(String name) throws IOException, InterruptedException {
        for (JsonNode cycle : get(StackApi.RUBRIC + "/cycles")) {
            if (name.equals(cycle.get("name").asText())) {
                return cycle;
            }
        }
        return null;
    }

    String demoCycleId() throws IOException, InterruptedException {
        JsonNode cycle = cycleNamed(demoCycleName());
        if (cycle == null) {
            throw new IllegalStateException("No cycle " + demoCycleName() + ": is the demo data loaded?");
        }
        return cycle.get("id").asText();
    }

    /** ADES opens a cycle on the demo cycle's rubric version. */
    JsonNode openCycle(String name, LocalDate opensOn) throws IOException, InterruptedException {
        JsonNode demo = cycleNamed(demoCycleName());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("rubricVersionId", demo.get("rubricVersionId").asText());
        body.put("opensOn", opensOn.toString());
        body.put("submissionDeadline", LocalDate.now().plusDays(60).toString());
        return send("POST", StackApi.RUBRIC + "/cycles", null, body, 201);
    }

    /** ADES moves a cycle to open or closed (nothing when it already is there). */
    void moveCycle(String cycleId, String state) throws IOException, InterruptedException {
        JsonNode cycle = get(StackApi.RUBRIC + "/cycles/" + cycleId);
        if (state.equals(cycle.get("state").asText())) {
            return;
        }
        send("POST", StackApi.RUBRIC + "/cycles/" + cycleId + "/state", cycle.get("version").asText(),
                Map.of("state", state, "reason", "Portal council journey test"), 200);
    }

    /** Gives every question of the council's evaluation a level where it has none. */
    void answerEverything(String cycleId, int level, String evidence) throws IOException, InterruptedException {
        String url = evaluationUrl(cycleId);
        for (JsonNode question : get(url).get("questions")) {
            JsonNode answer = question.get("answer");
            boolean missing = answer == null || answer.isNull() || answer.get("level").isNull()
                    || answer.path("carriedForward").asBoolean();
            if (missing) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("level", level);
                body.put("evidence", evidence + " " + question.get("code").asText());
                send("PUT", url + "/answers/" + question.get("code").asText(),
                        answer == null || answer.isNull() ? "0" : answer.get("version").asText(), body, 200);
            }
        }
    }

    String evaluationUrl(String cycleId) {
        return StackApi.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + GLASGOW;
    }

    JsonNode get(String url) throws IOException, InterruptedException {
        return send("GET", url, null, null, 200);
    }

    JsonNode post(String url) throws IOException, InterruptedException {
        return send("POST", url, null, null, 200);
    }

    JsonNode send(String method, String url, String ifMatch, Object body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
