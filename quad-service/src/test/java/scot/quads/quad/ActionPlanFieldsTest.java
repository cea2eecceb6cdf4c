package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.ActionV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * An action as a line of the council's improvement plan: the accountable officer, the measure of success with its
 * baseline and target, an LGBF indicator with the owner's latest value, and the findings report's next step it
 * serves; all carried on the action's events.
 */
@QuarkusTest
@QuadsTestStack
@QuarkusTestResource(AuthorityStub.class)
class ActionPlanFieldsTest {

    @Test
    void anActionCarriesItsOfficerMeasureIndicatorAndNextStepAndItsEventsCarryThemToo() {
        FindingsResourceTest.Round round = FindingsResourceTest.round();
        Partners quad = round.quad();
        String editor = Tokens.editor(quad.a());
        String nextStep = nextStep(round, "Run attendance clinics with partner councils");
        String indicator = indicator(Map.of(quad.a(), 86.1, quad.b(), 91.0));

        Map<String, Object> body = action(quad.a(), "Run attendance clinics in four secondary schools");
        body.put("officerName", "A. Example");
        body.put("officerRole", "Quality improvement officer");
        body.put("successMeasure", "Attendance in the four schools");
        body.put("baseline", "86.1% (2025-26)");
        body.put("target", "89% by June 2027");
        body.put("indicatorCode", indicator.toLowerCase());
        body.put("nextStepId", nextStep);
        String actionId = create(editor, quad, body).then().statusCode(201)
                .body("officerName", equalTo("A. Example"))
                .body("officerRole", equalTo("Quality improvement officer"))
                .body("successMeasure", equalTo("Attendance in the four schools"))
                .body("baseline", equalTo("86.1% (2025-26)"))
                .body("target", equalTo("89% by June 2027"))
                .body("indicatorCode", equalTo(indicator))
                .body("indicatorTitle", equalTo("Indicator " + indicator))
                .body("indicatorPeriod", equalTo("2022-23"))
                .body("indicatorValue", equalTo(86.1f))
                .body("nextStepId", equalTo(nextStep))
                .body("nextStepText", equalTo("Run attendance clinics with partner councils"))
                .extract().path("id");

        // Handing the action to another member re-reads the indicator for the new owner; its next step was a's.
        ActionResourceTest.patch(editor, quad, actionId, "\"0\"", Map.of("ownerCouncil", quad.b())).then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", contains("nextStepId"));
        ActionResourceTest.patch(editor, quad, actionId, "\"0\"", Map.of("ownerCouncil", quad.b(), "nextStepId", ""))
                .then().statusCode(200)
                .body("indicatorValue", equalTo(91.0f))
                .body("nextStepId", nullValue())
                .body("nextStepText", nullValue());
        ActionResourceTest.patch(editor, quad, actionId, "\"1\"", Map.of("officerName", "", "target", "90%"))
                .then().statusCode(200)
                .body("officerName", nullValue())
                .body("officerRole", equalTo("Quality improvement officer"))
                .body("target", equalTo("90%"));

        List<ActionV1> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> eventsOf(quad, actionId), found -> found.size() >= 3);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).officerName()).isEqualTo("A. Example");
        assertThat(events.get(0).baseline()).isEqualTo("86.1% (2025-26)");
        assertThat(events.get(0).target()).isEqualTo("89% by June 2027");
        assertThat(events.get(0).successMeasure()).isEqualTo("Attendance in the four schools");
        assertThat(events.get(0).indicatorCode()).isEqualTo(indicator);
        assertThat(events.get(0).nextStepId()).hasToString(nextStep);
        assertThat(events.get(1).nextStepId()).isNull();
        assertThat(events.get(2).officerName()).isNull();
        assertThat(events.get(2).target()).isEqualTo("90%");
    }

    @Test
    void aTargetWithoutABaselineAnUnknownIndicatorOrAStrangeNextStepIsRefusedNamingTheFieldAndNothingIsWritten() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        indicator(Map.of(quad.a(), 50.0));

        Map<String, Object> noBaseline = action(quad.a(), "Raise attendance");
        noBaseline.put("target", "89%");
        create(editor, quad, noBaseline).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("baseline"));
        Map<String, Object> unknown = action(quad.a(), "Raise attendance");
        unknown.put("indicatorCode", "NOPE1");
        create(editor, quad, unknown).then().statusCode(422).body("errors.field", contains("indicatorCode"));
        Map<String, Object> strangeStep = action(quad.a(), "Raise attendance");
        strangeStep.put("nextStepId", UUID.randomUUID().toString());
        create(editor, quad, strangeStep).then().statusCode(422).body("errors.field", contains("nextStepId"));
        Map<String, Object> tooLong = action(quad.a(), "Raise attendance");
        tooLong.put("officerName", "x".repeat(201));
        create(editor, quad, tooLong).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("officerName"));
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/actions").then().statusCode(200)
                .body("size()", equalTo(0));

        Map<String, Object> measured = action(quad.a(), "Raise attendance");
        measured.put("baseline", "86%");
        measured.put("target", "89%");
        String actionId = create(editor, quad, measured).then().statusCode(201)
                .body("indicatorCode", nullValue()).extract().path("id");
        ActionResourceTest.patch(editor, quad, actionId, "\"0\"", Map.of("baseline", "")).then().statusCode(422)
                .body("errors.field", contains("baseline"));
        ActionResourceTest.patch(editor, quad, actionId, "\"0\"", Map.of("nextStepId", "soon")).then()
                .statusCode(400).body("errors.field", contains("nextStepId"));
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/actions/" + actionId).then()
                .statusCode(200).header("ETag", "\"0\"").body("baseline", equalTo("86%"));
        ActionResourceTest.patch(editor, quad, actionId, "\"0\"", Map.of("baseline", "", "target", "")).then()
                .statusCode(200).body("baseline", nullValue()).body("target", nullValue());
    }

    private static List<ActionV1> eventsOf(Partners quad, String actionId) {
        return TestKafka.events(Topics.QUAD_WORK, quad.quadId(), 1).stream()
                .filter(e -> e.type().equals(Events.ACTION_CREATED.name())
                        || e.type().equals(Events.ACTION_CHANGED.name()))
                .map(e -> EventCodec.data(e, Events.ACTION_CREATED.name().equals(e.type()) ? Events.ACTION_CREATED
                        : Events.ACTION_CHANGED))
                .filter(a -> a.actionId().toString().equals(actionId)).toList();
    }

    /** Adds a paragraph to the next steps of the round's first member's report and returns its id. */
    private static String nextStep(FindingsResourceTest.Round round, String text) {
        String editor = Tokens.editor(round.quad().a());
        FindingsResourceTest.start(editor, round).then().statusCode(201);
        JsonPath edited = FindingsResourceTest.edit(editor, round, "next-steps", "\"0\"",
                List.of(Map.of("text", text))).then().statusCode(200).extract().jsonPath();
        return edited.getString("sections.find { it.key == 'next-steps' }.paragraphs[0].id");
    }

    /** A fresh indicator authority-service knows, with these councils' values in its latest period. */
    private static String indicator(Map<String, Double> values) {
        String code = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        AuthorityStub.indicators(code);
        AuthorityStub.values(code, values);
        return code;
    }

    private static Map<String, Object> action(String owner, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerCouncil", owner);
        body.put("description", description);
        body.put("questionCodes", List.of());
        body.put("dueDate", LocalDate.now().plusMonths(6).toString());
        return body;
    }

    private static Response create(String token, Partners quad, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/quads/" + quad.quadId() + "/actions");
    }
}
