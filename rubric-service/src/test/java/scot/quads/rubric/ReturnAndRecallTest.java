package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.QuadChangedV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.contract.payload.SelfEvaluationRecalledV1;
import scot.quads.contract.payload.SelfEvaluationReturnedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class ReturnAndRecallTest {

    private static final String GLASGOW = Tokens.GLASGOW;
    private static final String REASON = "Theme 3 levels need evidence:\nplease add the attainment data.";

    @Inject
    MovableClock clock;

    private LocalDate deadline;
    private String cycleId;

    @BeforeEach
    void aCycleWithTenDaysToGo() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH);
        deadline = LocalDate.now(clock).plusDays(10);
        cycleId = Rubrics.openCycle(deadline, null);
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void adesReturnsASubmittedEvaluationAndTheCouncilRevisesAndResubmitsIt() {
        String evaluationId = Rubrics.submitted(cycleId, GLASGOW);

        returnIt(Tokens.ades(), "{\"reason\":" + Rubrics.JSON.valueToTree(REASON) + "}")
                .statusCode(200)
                .body("state", equalTo("returned"), "acceptingAnswers", equalTo(true))
                .body("returned.by", equalTo("ades"), "returned.reason", equalTo(REASON));

        List<CloudEvent> events = TestKafka.events(Topics.SELF_EVALUATIONS, evaluationId, 2);
        CloudEvent returned = events.stream()
                .filter(e -> e.type().equals(Events.SELF_EVALUATION_RETURNED.name())).findFirst().orElseThrow();
        SelfEvaluationReturnedV1 payload = EventCodec.data(returned, Events.SELF_EVALUATION_RETURNED);
        assertThat(payload.councilCode()).isEqualTo(GLASGOW);
        assertThat(payload.cycleId()).isEqualTo(UUID.fromString(cycleId));
        assertThat(payload.reason()).isEqualTo(REASON);
        assertThat(payload.returnedBy()).isEqualTo("ades");

        save("D1.1.1", "\"1\"", "{\"level\":2,\"evidence\":\"Revised after ADES's return\"}").statusCode(200);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/submit")
                .then().statusCode(200)
                .body("state", equalTo("submitted"));

        List<CloudEvent> all = TestKafka.events(Topics.SELF_EVALUATIONS, evaluationId, 3);
        assertThat(all).extracting(CloudEvent::type).containsExactly(Events.SELF_EVALUATION_SUBMITTED.name(),
                Events.SELF_EVALUATION_RETURNED.name(), Events.SELF_EVALUATION_SUBMITTED.name());
        assertThat(EventCodec.data(all.get(2), Events.SELF_EVALUATION_SUBMITTED).answers())
                .filteredOn(a -> a.questionCode().equals("D1.1.1")).singleElement()
                .satisfies(a -> assertThat(a.level()).isEqualTo(2));

        given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(evaluation() + "/audit")
                .then().statusCode(200)
                .body("action[0]", equalTo("evaluation.submitted"))
                .body("action[1]", equalTo("answer.saved"))
                .body("action[2]", equalTo("evaluation.returned"))
                .body("[2].by", equalTo("ades"), "[2].detail.reason", equalTo(REASON));
    }

    @Test
    void aReturnedEvaluationCanBeRevisedAndResubmittedAfterTheDeadline() {
        Rubrics.submitted(cycleId, GLASGOW);
        clock.moveTo(deadline.plusDays(5));

        save("D1.1.1", "\"1\"", "{\"level\":2}").statusCode(409);
        returnIt(Tokens.ades(), "{\"reason\":\"Please check D1.1.1\"}").statusCode(200)
                .body("acceptingAnswers", equalTo(true));

        save("D1.1.1", "\"1\"", "{\"level\":2}").statusCode(200);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/submit")
                .then().statusCode(200).body("state", equalTo("submitted"));
    }

    @Test
    void onlyASubmittedEvaluationCanBeReturnedAndOnlyWithAReason() {
        returnIt(Tokens.ades(), "{\"reason\":\"Nothing to return\"}")
                .statusCode(409).contentType("application/problem+json");
        save("D1.1.1", "\"0\"", "{\"level\":4}").statusCode(200);
        returnIt(Tokens.ades(), "{\"reason\":\"Still a draft\"}").statusCode(409);

        Rubrics.submitted(cycleId, GLASGOW);
        returnIt(Tokens.ades(), "{\"reason\":\"  \"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("reason")));
        returnIt(Tokens.ades(), "{\"reason\":\"" + "r".repeat(2001) + "\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        returnIt(Tokens.ades(), "{}").statusCode(400).body("errors.field", equalTo(List.of("reason")));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).when().post(evaluation() + "/return")
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(Tokens.ades()).get(evaluation())
                .then().body("state", equalTo("submitted"), "returned", nullValue());
    }

    @Test
    void onlyAdesReturnsAnEvaluation() {
        Rubrics.submitted(cycleId, GLASGOW);
        String body = "{\"reason\":\"x\"}";

        returnIt(Tokens.editor(GLASGOW), body).statusCode(403).contentType("application/problem+json");
        returnIt(Tokens.viewer(GLASGOW), body).statusCode(403);
        returnIt(Tokens.nobody(), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post(evaluation() + "/return")
                .then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).get(evaluation()).then().body("state", equalTo("submitted"));
    }

    @Test
    void theCouncilRecallsItsSubmissionBeforeTheDeadlineAndItIsADraftAgain() {
        String evaluationId = Rubrics.submitted(cycleId, GLASGOW);

        recall(Tokens.editor("another-glasgow-editor", GLASGOW)).statusCode(200)
                .body("state", equalTo("draft"), "acceptingAnswers", equalTo(true), "submittedAt", nullValue());

        List<CloudEvent> events = TestKafka.events(Topics.SELF_EVALUATIONS, evaluationId, 2);
        assertThat(events).extracting(CloudEvent::type)
                .containsExactly(Events.SELF_EVALUATION_SUBMITTED.name(), Events.SELF_EVALUATION_RECALLED.name());
        SelfEvaluationRecalledV1 recalled = EventCodec.data(events.get(1), Events.SELF_EVALUATION_RECALLED);
        assertThat(recalled.recalledBy()).isEqualTo("another-glasgow-editor");
        assertThat(recalled.councilCode()).isEqualTo(GLASGOW);

        save("D1.1.1", "\"1\"", "{\"level\":5}").statusCode(200);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/submit")
                .then().statusCode(200);
        assertThat(TestKafka.events(Topics.SELF_EVALUATIONS, evaluationId, 3)).hasSize(3);
        given().auth().oauth2(Tokens.ades()).when().get(evaluation() + "/audit")
                .then().body("action[2]", equalTo("evaluation.recalled"))
                .body("[2].by", equalTo("another-glasgow-editor"));
    }

    @Test
    void aSubmissionCannotBeRecalledAfterTheDeadline() {
        Rubrics.submitted(cycleId, GLASGOW);
        clock.moveTo(deadline.plusDays(1));

        recall(Tokens.editor(GLASGOW)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(deadline.toString()));
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation()).then().body("state", equalTo("submitted"));
    }

    @Test
    void aSubmissionCannotBeRecalledWhenPartnersSeeAnswersOnSubmission() {
        cycleId = Rubrics.openCycle(deadline, "on-submission");
        Rubrics.submitted(cycleId, GLASGOW);

        recall(Tokens.editor(GLASGOW)).statusCode(409)
                .body("detail", containsString("on submission"));
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation()).then().body("state", equalTo("submitted"));
    }

    @Test
    void aSubmissionCannotBeRecalledOnceEveryQuadPartnerHasSubmitted() {
        Rubrics.councilsAreKnown(Tokens.FIFE);
        UUID quadId = UUID.randomUUID();
        TestKafka.send(Topics.QUADS, quadId.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quadId.toString(), new QuadV1(quadId, UUID.fromString(cycleId), "Quad A",
                        List.of(GLASGOW, Tokens.EDINBURGH, Tokens.FIFE))));
        Rubrics.submitted(cycleId, GLASGOW);
        Rubrics.submitted(cycleId, Tokens.EDINBURGH);

        // One partner (Fife) has not submitted: Glasgow may still take its submission back, and submit again.
        await().atMost(Duration.ofSeconds(60)).until(() -> quadKnown(quadId));
        recall(Tokens.editor(GLASGOW)).statusCode(200).body("state", equalTo("draft"));
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/submit")
                .then().statusCode(200);

        Rubrics.submitted(cycleId, Tokens.FIFE);
        recall(Tokens.editor(GLASGOW)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Your quad partners were shown this self-evaluation on"));
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation()).then().body("state", equalTo("submitted"));

        // Fife leaves the quad: Glasgow's remaining partner has submitted, so still no recall.
        TestKafka.send(Topics.QUADS, quadId.toString(), EventCodec.event(Events.QUAD_CHANGED, "/quad-service",
                quadId.toString(), new QuadChangedV1(quadId, UUID.fromString(cycleId), "Quad A",
                        List.of(GLASGOW, Tokens.EDINBURGH), List.of(), List.of(Tokens.FIFE))));
        await().atMost(Duration.ofSeconds(60)).until(() -> members(quadId) == 2);
        recall(Tokens.editor(GLASGOW)).statusCode(409);
    }

    @Test
    void aSubmissionOnceShownToPartnersCannotBeRecalledAfterAPartnerIsReturnedForRevision() {
        Rubrics.councilsAreKnown(Tokens.FIFE);
        UUID quadId = quadFormed(GLASGOW, Tokens.EDINBURGH, Tokens.FIFE);
        await().atMost(Duration.ofSeconds(60)).until(() -> members(quadId) == 3);
        Rubrics.submitted(cycleId, GLASGOW);
        Rubrics.submitted(cycleId, Tokens.EDINBURGH);
        Rubrics.submitted(cycleId, Tokens.FIFE);

        // Every member submitted, so the partners were shown each other's answers; then ADES returns Edinburgh's.
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{\"reason\":\"Add evidence\"}")
                .when().post("/cycles/" + cycleId + "/evaluations/" + Tokens.EDINBURGH + "/return")
                .then().statusCode(200).body("state", equalTo("returned"));

        recall(Tokens.editor(GLASGOW)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Your quad partners were shown this self-evaluation on "
                        + LocalDate.now(clock)));
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation())
                .then().body("state", equalTo("submitted"), "acceptingAnswers", equalTo(false));
        // Edinburgh, returned, resubmits: it was shown too, so it cannot take the resubmission back either.
        given().auth().oauth2(Tokens.editor(Tokens.EDINBURGH))
                .when().post("/cycles/" + cycleId + "/evaluations/" + Tokens.EDINBURGH + "/submit")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.editor(Tokens.EDINBURGH))
                .when().post("/cycles/" + cycleId + "/evaluations/" + Tokens.EDINBURGH + "/recall")
                .then().statusCode(409).body("detail", containsString("were shown"));
    }

    @Test
    void aQuadFormedAfterItsMembersAllSubmittedShowsThemAndSoEndsRecall() {
        Rubrics.submitted(cycleId, GLASGOW);
        Rubrics.submitted(cycleId, Tokens.EDINBURGH);
        UUID quadId = quadFormed(GLASGOW, Tokens.EDINBURGH);
        await().atMost(Duration.ofSeconds(60)).until(() -> Stored.count("SELECT count(*) FROM self_evaluation"
                + " WHERE cycle_id = ? AND shown_to_partners_at IS NOT NULL", UUID.fromString(cycleId)) == 2);
        assertThat(members(quadId)).isEqualTo(2);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{\"reason\":\"Add evidence\"}")
                .when().post("/cycles/" + cycleId + "/evaluations/" + Tokens.EDINBURGH + "/return")
                .then().statusCode(200);
        recall(Tokens.editor(GLASGOW)).statusCode(409).body("detail", containsString("were shown"));
    }

    private UUID quadFormed(String... members) {
        UUID quadId = UUID.randomUUID();
        TestKafka.send(Topics.QUADS, quadId.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quadId.toString(), new QuadV1(quadId, UUID.fromString(cycleId), "Quad B",
                        List.of(members))));
        return quadId;
    }

    private static boolean quadKnown(UUID quadId) {
        return members(quadId) > 0;
    }

    private static long members(UUID quadId) {
        return Stored.count("SELECT count(*) FROM quad_member WHERE quad_id = ?", quadId);
    }

    @Test
    void onlyASubmittedEvaluationCanBeRecalled() {
        recall(Tokens.editor(GLASGOW)).statusCode(409);
        save("D1.1.1", "\"0\"", "{\"level\":4}").statusCode(200);
        recall(Tokens.editor(GLASGOW)).statusCode(409);
    }

    @Test
    void onlyTheCouncilsOwnEditorsRecall() {
        Rubrics.submitted(cycleId, GLASGOW);

        recall(Tokens.viewer(GLASGOW)).statusCode(403).contentType("application/problem+json");
        recall(Tokens.ades()).statusCode(403);
        recall(Tokens.editor(Tokens.EDINBURGH)).statusCode(403);
        given().when().post(evaluation() + "/recall").then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).get(evaluation()).then().body("state", equalTo("submitted"));
    }

    @Test
    void returnSubmitAndRecallTakeIfMatchAndRefuseAStaleOne() {
        Rubrics.submitted(cycleId, GLASGOW);
        String submitted = etag();

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body("{\"reason\":\"Add evidence\"}").when().post(evaluation() + "/return")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).get(evaluation()).then().body("state", equalTo("submitted"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", submitted)
                .body("{\"reason\":\"Add evidence\"}").when().post(evaluation() + "/return")
                .then().statusCode(200).body("state", equalTo("returned"));

        given().auth().oauth2(Tokens.editor(GLASGOW)).header("If-Match", submitted)
                .when().post(evaluation() + "/submit")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(GLASGOW)).header("If-Match", "*")
                .when().post(evaluation() + "/submit")
                .then().statusCode(200).body("state", equalTo("submitted"));

        given().auth().oauth2(Tokens.editor(GLASGOW)).header("If-Match", submitted)
                .when().post(evaluation() + "/recall")
                .then().statusCode(412);
        given().auth().oauth2(Tokens.ades()).get(evaluation()).then().body("state", equalTo("submitted"));
        given().auth().oauth2(Tokens.editor(GLASGOW)).header("If-Match", etag())
                .when().post(evaluation() + "/recall")
                .then().statusCode(200).body("state", equalTo("draft"));
    }

    private String etag() {
        return given().auth().oauth2(Tokens.ades()).get(evaluation()).then().statusCode(200).extract().header("ETag");
    }

    private ValidatableResponse returnIt(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(evaluation() + "/return").then();
    }

    private ValidatableResponse recall(String token) {
        return given().auth().oauth2(token).when().post(evaluation() + "/recall").then();
    }

    private ValidatableResponse save(String question, String ifMatch, String body) {
        return given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).when().put(evaluation() + "/answers/" + question).then();
    }

    private String evaluation() {
        return "/cycles/" + cycleId + "/evaluations/" + GLASGOW;
    }
}
