package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** What the tests set up through the API and the broker, as ADES and authority-service would. */
final class Rubrics {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int DEMO_QUESTIONS = 58;

    private Rubrics() {
    }

    /** The demonstration framework the service ships, under a code of the test's own. */
    static ObjectNode demo(String code) {
        try (InputStream in = Rubrics.class.getResourceAsStream("/seed/demo-framework.json")) {
            ObjectNode rubric = (ObjectNode) JSON.readTree(in);
            rubric.put("code", code);
            return rubric;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The second demonstration framework, graded per quality indicator, under a code of the test's own. */
    static ObjectNode demoPerIndicator(String code) {
        try (InputStream in = Rubrics.class.getResourceAsStream("/seed/demo-framework-per-indicator.json")) {
            ObjectNode rubric = (ObjectNode) JSON.readTree(in);
            rubric.put("code", code);
            return rubric;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cycle open for a year on a freshly published version of this rubric. */
    static String openCycleOn(ObjectNode rubric) {
        String versionId = importDraft(rubric);
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + versionId + "/publish")
                .then().statusCode(200);
        return openCycle(versionId, LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
    }

    static String freshCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String importDraft(ObjectNode rubric) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String publishedDemo() {
        String versionId = importDraft(demo(freshCode()));
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + versionId + "/publish")
                .then().statusCode(200);
        return versionId;
    }

    static String openCycle(String versionId, LocalDate opensOn, LocalDate deadline) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle("Cycle " + UUID.randomUUID(), versionId, opensOn, deadline, null))
                .when().post("/cycles")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A cycle on a freshly published demo version, open until long after the tests run. */
    static String openCycle() {
        return openCycle(publishedDemo(), LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
    }

    /** A cycle on a freshly published demo version, with the given deadline and reveal rule. */
    static String openCycle(LocalDate deadline, String revealRule) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle("Cycle " + UUID.randomUUID(), publishedDemo(), deadline.minusMonths(6), deadline,
                        revealRule))
                .when().post("/cycles")
                .then().statusCode(201)
                .extract().path("id");
    }

    /**
     * Gives every question of the council's evaluation an answer (skipping none), as its editor: a graded question a
     * level (or not applicable where it may be), a narrative one text in its first narrative field; and in a version
     * graded per quality indicator every indicator a level.
     */
    static void answerEverything(String cycleId, String council) {
        String path = "/cycles/" + cycleId + "/evaluations/" + council;
        String token = Tokens.editor(council);
        io.restassured.path.json.JsonPath evaluation = given().auth().oauth2(token).get(path).then().statusCode(200)
                .extract().jsonPath();
        List<String> codes = evaluation.getList("questions.code");
        List<Boolean> mayNotApply = evaluation.getList("questions.notApplicableAllowed");
        List<String> kinds = evaluation.getList("questions.kind");
        List<List<String>> fields = evaluation.getList("questions.narrativeFields");
        List<Integer> versions = evaluation.getList("questions.collect { it.answer == null ? 0 : it.answer.version }");
        for (int i = 0; i < codes.size(); i++) {
            String body = "narrative".equals(kinds.get(i))
                    ? "{\"" + fields.get(i).get(0) + "\":\"Our account of " + codes.get(i) + "\"}"
                    : mayNotApply.get(i)
                    ? "{\"notApplicable\":true,\"notApplicableReason\":\"Not provided here\"}"
                    : "{\"level\":4,\"evidence\":\"Evidence for " + codes.get(i) + "\"}";
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .header("If-Match", "\"" + versions.get(i) + "\"").body(body)
                    .when().put(path + "/answers/" + codes.get(i))
                    .then().statusCode(200);
        }
        List<String> indicators = evaluation.getList("indicators.code");
        List<Integer> indicatorVersions = evaluation.getList(
                "indicators.collect { it.answer == null ? 0 : it.answer.version }");
        for (int i = 0; i < indicators.size(); i++) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .header("If-Match", "\"" + indicatorVersions.get(i) + "\"")
                    .body("{\"level\":4,\"evidence\":\"Evidence for " + indicators.get(i) + "\"}")
                    .when().put(path + "/indicators/" + indicators.get(i) + "/answer")
                    .then().statusCode(200);
        }
    }

    /** Answers everything and submits; returns the evaluation's id. */
    static String submitted(String cycleId, String council) {
        answerEverything(cycleId, council);
        return given().auth().oauth2(Tokens.editor(council))
                .when().post("/cycles/" + cycleId + "/evaluations/" + council + "/submit")
                .then().statusCode(200)
                .extract().path("id");
    }

    static String cycle(String name, String versionId, LocalDate opensOn, LocalDate deadline, String revealRule) {
        ObjectNode body = JSON.createObjectNode()
                .put("name", name)
                .put("rubricVersionId", versionId)
                .put("opensOn", opensOn == null ? null : opensOn.toString())
                .put("submissionDeadline", deadline == null ? null : deadline.toString());
        if (revealRule != null) {
            body.put("revealRule", revealRule);
        }
        return body.toString();
    }

    /** Announces the councils as authority-service does, and waits until the projection has them. */
    static void councilsAreKnown(String... codes) {
        for (String code : codes) {
            if (councilKnown(code)) {
                continue;
            }
            TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                    code, new CouncilV1(code, "Council " + code, null, null, null, 1, 1, true)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(codes).allMatch(Rubrics::councilKnown));
    }

    static boolean councilKnown(String code) {
        return Stored.council(code).isPresent();
    }
}
