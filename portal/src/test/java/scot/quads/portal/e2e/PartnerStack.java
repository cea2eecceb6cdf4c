package scot.quads.portal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The partner journey's scene on the running stack: the demo cycle, the quad containing Fife, and all four of its
 * members' self-evaluations answered and submitted (each by its own council's demo login), so that the quad is
 * revealed. Idempotent: what is already submitted is left as it is. Also any call with a body and If-Match, for
 * a colleague's change made behind the browser's back.
 */
final class PartnerStack {

    static final String QUAD = System.getProperty("quads.quad.url", "http://127.0.0.1:8083");
    static final String KEYCLOAK = StackApi.KEYCLOAK;
    static final String RUBRIC = StackApi.RUBRIC;
    static final Pattern SCHOOL_YEAR = Pattern.compile("\\d{4}-\\d{2}");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    PartnerStack(String username) throws IOException, InterruptedException {
        token = StackApi.token(http, username);
    }

    JsonNode get(String url) throws IOException, InterruptedException {
        return send("GET", url, null, null, 200);
    }

    JsonNode send(String method, String url, String ifMatch, Object body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (expected == 0) {
            // Asked whether it exists: the body when found, else null.
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /**
     * The demo cycle: open, named for its school year (e.g. 2026-27), and one in which this user's council has a
     * quad (another journey may briefly open a past school year's cycle without quads).
     */
    String demoCycle() throws IOException, InterruptedException {
        for (JsonNode cycle : get(RUBRIC + "/cycles")) {
            if ("open".equals(cycle.get("state").asText())
                    && SCHOOL_YEAR.matcher(cycle.get("name").asText()).matches()
                    && send("GET", QUAD + "/quads/mine?cycleId=" + cycle.get("id").asText(), null, null, 0) != null) {
                return cycle.get("id").asText();
            }
        }
        throw new IllegalStateException("No open demo cycle: is the demo data loaded (./quads up)?");
    }

    JsonNode myQuad(String cycleId) throws IOException, InterruptedException {
        return get(QUAD + "/quads/mine?cycleId=" + cycleId);
    }

    /**
     * Answers every unanswered question of the council's self-evaluation (and saves again any answer carried forward
     * and not yet confirmed, as the demo data leaves some) and submits it, unless it is already submitted.
     * {@code level} gives each question's level by its position; a level of 5 or 6 gets short evidence when
     * {@code thin}, so the comparison flags it.
     */
    static void submitAll(String login, String council, String cycleId, java.util.function.IntUnaryOperator level,
            boolean thin) throws IOException, InterruptedException {
        PartnerStack api = new PartnerStack(login);
        String url = RUBRIC + "/cycles/" + cycleId + "/evaluations/" + council;
        JsonNode evaluation = api.get(url);
        if ("submitted".equals(evaluation.get("state").asText())) {
            return;
        }
        int index = 0;
        for (JsonNode question : evaluation.get("questions")) {
            String code = question.get("code").asText();
            JsonNode answer = question.get("answer");
            int given = level.applyAsInt(index++);
            if (answer != null && !answer.isNull() && !answer.get("level").isNull()
                    && !answer.path("carriedForward").asBoolean()) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("level", given);
            body.put("evidence", thin && given >= 5 ? "Survey." : login + "'s evidence for " + code
                    + ": attainment data, inspection findings and the views of children and families gathered"
                    + " across the year in every school and early learning setting, read alongside the"
                    + " authority's improvement plan.");
            body.put("strengths", login + "'s strengths on " + code + ": shared moderation and strong leadership.");
            body.put("areasForImprovement", login + " would improve consistency across schools on " + code + ".");
            body.put("nextSteps", login + "'s next steps on " + code + ": visit a partner and share trackers.");
            api.send("PUT", url + "/answers/" + code,
                    answer == null || answer.isNull() ? "0" : answer.get("version").asText(), body, 200);
        }
        api.send("POST", url + "/submit", null, null, 200);
    }

    /**
     * As {@link #submitAll}, for a version graded per quality indicator: every indicator not yet given a level gets
     * {@code level} (by the indicator's position) with its narrative, every question not yet answered gets its answer
     * in words (the fields it asks for), and the self-evaluation is submitted unless it already is. A level of 5 or 6
     * gets short evidence when {@code thin}, so the comparison flags it.
     */
    static void submitPerIndicator(String login, String council, String cycleId,
            java.util.function.IntUnaryOperator level, boolean thin) throws IOException, InterruptedException {
        PartnerStack api = new PartnerStack(login);
        String url = RUBRIC + "/cycles/" + cycleId + "/evaluations/" + council;
        JsonNode evaluation = api.get(url);
        if ("submitted".equals(evaluation.get("state").asText())) {
            return;
        }
        int index = 0;
        for (JsonNode indicator : evaluation.get("indicators")) {
            String code = indicator.get("code").asText();
            JsonNode answer = indicator.get("answer");
            int given = level.applyAsInt(index++);
            if (answer != null && !answer.isNull() && !answer.get("level").isNull()) {
                continue;
            }
            Map<String, Object> body = narrative(indicator, login + " on quality indicator " + code);
            body.put("level", given);
            if (thin && given >= 5 && body.containsKey("evidence")) {
                body.put("evidence", "Survey.");
            }
            api.send("PUT", url + "/indicators/" + code + "/answer",
                    answer == null || answer.isNull() ? "0" : answer.get("version").asText(), body, 200);
        }
        for (JsonNode question : evaluation.get("questions")) {
            JsonNode answer = question.get("answer");
            if (answer != null && !answer.isNull()) {
                continue;
            }
            String code = question.get("code").asText();
            api.send("PUT", url + "/answers/" + code, "0", narrative(question, login + "'s answer to " + code), 200);
        }
        api.send("POST", url + "/submit", null, null, 200);
    }

    /** Text for each narrative field the item asks for (all four when it names none). */
    private static Map<String, Object> narrative(JsonNode item, String about) {
        List<String> fields = new java.util.ArrayList<>();
        item.path("narrativeFields").forEach(field -> fields.add(field.asText()));
        if (fields.isEmpty()) {
            fields.addAll(List.of("evidence", "strengths", "areasForImprovement", "nextSteps"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            body.put(field, about + " (" + field + "): attainment data, inspection findings and the views of"
                    + " children and families gathered across the year in every school and early learning setting.");
        }
        return body;
    }

    static String fresh(String what) {
        return what + " " + LocalDate.now() + " " + Long.toString(System.nanoTime(), 36);
    }

    static List<String> logins() {
        return List.of("fife", "falkirk", "west-lothian", "dumfries-and-galloway");
    }
}
