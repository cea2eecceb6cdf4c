package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CycleV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** ADES changes a cycle, moves its state, and watches every council's progress in it. */
@QuarkusTest
@QuadsTestStack
class CycleChangeTest {

    private LocalDate deadline;
    private String cycleId;

    @BeforeEach
    void anOpenCycle() {
        Rubrics.councilsAreKnown(Tokens.GLASGOW, Tokens.EDINBURGH, Tokens.DUNDEE);
        deadline = LocalDate.now().plusMonths(2);
        cycleId = Rubrics.openCycle(deadline, null);
    }

    @Test
    void aNewCycleRemindsFourteenSevenAndOneDayBeforeTheDeadline() {
        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).when().get(cycle())
                .then().statusCode(200)
                .body("reminderDays", equalTo(List.of(14, 7, 1)));
    }

    @Test
    void adesChangesTheDeadlineRevealRuleAndRemindersAndTheChangeIsAnnounced() {
        LocalDate later = deadline.plusDays(14);
        String etag = given().auth().oauth2(Tokens.ades()).get(cycle()).header("ETag");

        patch(Tokens.ades(), etag, "{\"submissionDeadline\":\"" + later + "\",\"revealRule\":\"after-deadline\","
                + "\"reminderDays\":[3,21,3]}")
                .statusCode(200)
                .body("submissionDeadline", equalTo(later.toString()), "revealRule", equalTo("after-deadline"))
                .body("reminderDays", equalTo(List.of(21, 3)), "state", equalTo("open"));

        List<CloudEvent> events = TestKafka.events(Topics.CYCLES, cycleId, 2);
        assertThat(events).extracting(CloudEvent::type)
                .containsExactly(Events.CYCLE_OPENED.name(), Events.CYCLE_CHANGED.name());
        CycleV1 changed = EventCodec.data(events.get(1), Events.CYCLE_CHANGED);
        assertThat(changed.submissionDeadline()).isEqualTo(later);
        assertThat(changed.revealRule()).isEqualTo("after-deadline");

        assertThat(audit("cycle.changed")).singleElement().satisfies(entry -> {
            assertThat(entry.actor).isEqualTo("ades");
            assertThat(entry.detail).contains("submissionDeadline", deadline.toString(), later.toString(),
                    "revealRule", "reminderDays").doesNotContain("opensOn");
        });
    }

    @Test
    void reminderDaysOfANewCycleAreChecked() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(Rubrics.JSON.createObjectNode().put("name", "Cycle " + UUID.randomUUID())
                        .put("rubricVersionId", Rubrics.publishedDemo()).put("opensOn", "2025-08-18")
                        .put("submissionDeadline", "2026-03-31").set("reminderDays",
                                Rubrics.JSON.createArrayNode().add(30).add(-1)).toString())
                .when().post("/cycles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("reminderDays[1]")))
                .body("errors[0].message", equalTo("must be a number of days from 1 to 365"));
    }

    @Test
    void badChangesAreNamedAndChangeNothing() {
        patch(Tokens.ades(), null, "{\"reminderDays\":[0,400,7]}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("reminderDays[0]", "reminderDays[1]"));
        patch(Tokens.ades(), null, "{\"reminderDays\":[7,null]}").statusCode(400)
                .body("errors.field", equalTo(List.of("reminderDays[1]")));
        patch(Tokens.ades(), null, "{\"revealRule\":\"never\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("revealRule")));
        patch(Tokens.ades(), null, "{\"submissionDeadline\":\"2001-01-01\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("submissionDeadline")));
        patch(Tokens.ades(), null, "{\"opensOn\":\"" + deadline.plusDays(1) + "\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("opensOn")));
        patch(Tokens.ades(), null, "{\"state\":\"closed\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("state")));
        patch(Tokens.ades(), "\"99\"", "{\"revealRule\":\"on-submission\"}").statusCode(412);

        given().auth().oauth2(Tokens.ades()).get(cycle())
                .then().body("submissionDeadline", equalTo(deadline.toString()))
                .body("revealRule", equalTo("all-submitted-or-deadline"), "reminderDays", equalTo(List.of(14, 7, 1)));
        assertThat(audit("cycle.changed")).isEmpty();
    }

    @Test
    void onlyAdesChangesACycle() {
        patch(Tokens.editor(Tokens.GLASGOW), null, "{\"revealRule\":\"on-submission\"}").statusCode(403)
                .contentType("application/problem+json");
        patch(Tokens.viewer(Tokens.GLASGOW), null, "{\"revealRule\":\"on-submission\"}").statusCode(403);
        given().contentType(ContentType.JSON).body("{\"revealRule\":\"on-submission\"}")
                .when().patch(cycle()).then().statusCode(401);
        patch(Tokens.ades(), null, "{\"revealRule\":\"on-submission\"}").statusCode(200);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .when().patch("/cycles/" + UUID.randomUUID()).then().statusCode(404);
        // An unknown cycle is 404 whether or not If-Match is sent: there is no version to ask for.
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{}")
                .when().patch("/cycles/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void adesClosesACycleWithAReasonAfterWhichNothingChangesUntilItIsReopened() {
        moveTo(Tokens.ades(), "{\"state\":\"closed\",\"reason\":\"Round finished early\"}").statusCode(200)
                .body("state", equalTo("closed"));

        List<CloudEvent> events = TestKafka.events(Topics.CYCLES, cycleId, 2);
        assertThat(events.get(1).type()).isEqualTo(Events.CYCLE_CLOSED.name());
        assertThat(EventCodec.data(events.get(1), Events.CYCLE_CLOSED).state()).isEqualTo("closed");

        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"level\":4}")
                .when().put(cycle() + "/evaluations/" + Tokens.GLASGOW + "/answers/D1.1.1")
                .then().statusCode(409).body("detail", containsString("closed"));
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).get(cycle() + "/evaluations/" + Tokens.GLASGOW)
                .then().body("acceptingAnswers", equalTo(false));
        patch(Tokens.ades(), null, "{\"revealRule\":\"on-submission\"}").statusCode(409);
        moveTo(Tokens.ades(), "{\"state\":\"closed\",\"reason\":\"again\"}").statusCode(409);

        moveTo(Tokens.ades(), "{\"state\":\"open\",\"reason\":\"Closed by mistake\"}").statusCode(200)
                .body("state", equalTo("open"));
        assertThat(TestKafka.events(Topics.CYCLES, cycleId, 3).get(2).type()).isEqualTo(Events.CYCLE_CHANGED.name());
        assertThat(audit("cycle.state-changed")).hasSize(2)
                .first().satisfies(entry -> assertThat(entry.detail).contains("Round finished early", "closed"));
    }

    @Test
    void aStateChangeNeedsAKnownStateAndAReason() {
        moveTo(Tokens.ades(), "{\"state\":\"closed\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("reason")));
        moveTo(Tokens.ades(), "{\"state\":\"archived\",\"reason\":\"x\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("state")));
        moveTo(Tokens.ades(), "{\"reason\":\"x\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("state")));
        moveTo(Tokens.ades(), "{\"state\":\"open\",\"reason\":\"x\"}").statusCode(409);

        given().auth().oauth2(Tokens.ades()).get(cycle()).then().body("state", equalTo("open"));
        assertThat(audit("cycle.state-changed")).isEmpty();
    }

    @Test
    void onlyAdesMovesACycle() {
        String body = "{\"state\":\"closed\",\"reason\":\"x\"}";
        moveTo(Tokens.editor(Tokens.GLASGOW), body).statusCode(403).contentType("application/problem+json");
        moveTo(Tokens.viewer(Tokens.GLASGOW), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post(cycle() + "/state").then().statusCode(401);
        given().auth().oauth2(Tokens.ades()).get(cycle()).then().body("state", equalTo("open"));
    }

    @Test
    void adesSeesEachActiveCouncilsProgress() {
        for (String code : List.of("D1.1.1", "D1.1.2")) {
            given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body("{\"level\":4}")
                    .when().put(cycle() + "/evaluations/" + Tokens.GLASGOW + "/answers/" + code)
                    .then().statusCode(200);
        }
        Rubrics.submitted(cycleId, Tokens.EDINBURGH);

        given().auth().oauth2(Tokens.ades()).when().get(cycle() + "/progress")
                .then().statusCode(200)
                .body("find { it.councilCode == '" + Tokens.GLASGOW + "' }.state", equalTo("draft"))
                .body("find { it.councilCode == '" + Tokens.GLASGOW + "' }.answered", equalTo(2))
                .body("find { it.councilCode == '" + Tokens.GLASGOW + "' }.total", equalTo(Rubrics.DEMO_QUESTIONS))
                .body("find { it.councilCode == '" + Tokens.GLASGOW + "' }.percentAnswered", equalTo(3))
                .body("find { it.councilCode == '" + Tokens.GLASGOW + "' }.submittedAt", nullValue())
                .body("find { it.councilCode == '" + Tokens.EDINBURGH + "' }.state", equalTo("submitted"))
                .body("find { it.councilCode == '" + Tokens.EDINBURGH + "' }.percentAnswered", equalTo(100))
                .body("find { it.councilCode == '" + Tokens.DUNDEE + "' }.state", equalTo("not-started"))
                .body("find { it.councilCode == '" + Tokens.DUNDEE + "' }.percentAnswered", equalTo(0))
                .body("find { it.councilCode == '" + Tokens.DUNDEE + "' }.lastEditedAt", nullValue());
        String submittedAt = given().auth().oauth2(Tokens.ades()).get(cycle() + "/progress")
                .path("find { it.councilCode == '" + Tokens.EDINBURGH + "' }.submittedAt");
        assertThat(submittedAt).isNotNull();
    }

    @Test
    void onlyAdesSeesTheProgressOverview() {
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).when().get(cycle() + "/progress")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(cycle() + "/progress").then().statusCode(401);
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + UUID.randomUUID() + "/progress")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theEvaluationShowsProgressPerThemeAndWhatIsMissing() {
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"level\":4}")
                .when().put(cycle() + "/evaluations/" + Tokens.GLASGOW + "/answers/D1.1.1")
                .then().statusCode(200);

        var evaluation = given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW))
                .when().get(cycle() + "/evaluations/" + Tokens.GLASGOW)
                .then().statusCode(200)
                .body("progress.themes[0].code", equalTo("D1"), "progress.themes[0].answered", equalTo(1))
                .body("progress.themes[1].answered", equalTo(0))
                .body("progress.missing.size()", equalTo(Rubrics.DEMO_QUESTIONS - 1))
                .body("progress.missing[0]", equalTo("D1.1.2"))
                .extract();
        List<String> themeCodes = evaluation.path("questions.themeCode");
        List<Integer> totals = evaluation.path("progress.themes.total");
        assertThat(totals.stream().mapToInt(Integer::intValue).sum()).isEqualTo(Rubrics.DEMO_QUESTIONS);
        assertThat(totals.get(0)).isEqualTo((int) themeCodes.stream().filter("D1"::equals).count());
    }

    private List<AuditEntry> audit(String action) {
        return Stored.audit(UUID.fromString(cycleId), action);
    }

    /** A change sent with the given If-Match, or with the cycle's current ETag when none is given. */
    private ValidatableResponse patch(String token, String ifMatch, String body) {
        String version = ifMatch != null ? ifMatch
                : given().auth().oauth2(Tokens.ades()).get(cycle()).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", version).body(body)
                .when().patch(cycle()).then();
    }

    private ValidatableResponse moveTo(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(cycle() + "/state").then();
    }

    private String cycle() {
        return "/cycles/" + cycleId;
    }
}
