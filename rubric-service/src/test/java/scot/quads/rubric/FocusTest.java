package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.AssignmentV1;
import scot.quads.contract.payload.FocusV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** A council's focus: drafted by its editors, proposed to ADES, agreed or sent back, read by partners once agreed. */
@QuarkusTest
@QuadsTestStack
class FocusTest {

    private static final String GLASGOW = Tokens.GLASGOW;
    private static final String DRAFT = """
            {"area":"Positive destinations",
             "focusQuestion":"How can we raise the share of our leavers going on to further or higher education?",
             "keyQuestions":["How well do college partnerships serve leavers with additional support needs?",
                             "How well do schools use destination data?"],
             "indicators":["D1.1"],"questions":["D1.1.2"],"contextIndicators":["CHN11"]}""";

    private String cycleId;

    @BeforeEach
    void aCycle() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH, Tokens.DUNDEE);
        cycleId = Rubrics.openCycle();
    }

    @Test
    void editorsDraftAndProposeAdesSendsBackThenAgreesAndAChangeNeedsAgreeingAgain() {
        given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(focus())
                .then().statusCode(200).body("state", equalTo("not-started"), "version", equalTo(0));
        save("\"0\"", DRAFT).statusCode(200).header("ETag", "\"1\"")
                .body("state", equalTo("draft"), "area", equalTo("Positive destinations"))
                .body("keyQuestions.size()", equalTo(2), "indicators", equalTo(List.of("D1.1")))
                .body("contextIndicators", equalTo(List.of("CHN11")));

        String focusId = propose().statusCode(200).body("state", equalTo("proposed"))
                .body("proposedBy", equalTo("editor-" + GLASGOW.toLowerCase())).extract().path("councilCode");
        assertThat(focusId).isEqualTo(GLASGOW);
        propose().statusCode(409);

        decide("send-back", "{\"comment\":\"Narrow it to the senior phase\"}").statusCode(200)
                .body("state", equalTo("sent-back"), "adesComment", equalTo("Narrow it to the senior phase"));
        save("\"3\"", DRAFT.replace("Positive destinations", "Senior phase destinations")).statusCode(200)
                .body("state", equalTo("draft"), "version", equalTo(4));
        propose().statusCode(200);
        decide("agree", "{}").statusCode(200).body("state", equalTo("agreed"), "decidedBy", equalTo("ades"));

        save("\"6\"", DRAFT.replace("How well do schools", "How consistently do schools")).statusCode(200)
                .body("state", equalTo("draft"));
        decide("agree", "{}").statusCode(409);

        List<CloudEvent> events = TestKafka.events(Topics.SELF_EVALUATIONS, focusIdOf(), 4);
        assertThat(events).extracting(CloudEvent::type).containsExactly(Events.FOCUS_PROPOSED.name(),
                Events.FOCUS_SENT_BACK.name(), Events.FOCUS_PROPOSED.name(), Events.FOCUS_AGREED.name());
        FocusV1 sentBack = EventCodec.data(events.get(1), Events.FOCUS_SENT_BACK);
        assertThat(sentBack.comment()).isEqualTo("Narrow it to the senior phase");
        assertThat(sentBack.councilCode()).isEqualTo(GLASGOW);
        assertThat(Stored.audit(UUID.fromString(cycleId), GLASGOW, "focus.agreed")).hasSize(1);
        assertThat(Stored.audit(UUID.fromString(cycleId), GLASGOW, "focus.saved")).hasSize(3);
    }

    @Test
    void aFocusIsProposedOnlyWithAnAreaAQuestionAndAKeyQuestionAndSentBackOnlyWithAComment() {
        save("\"0\"", "{\"area\":\"Numeracy\"}").statusCode(200);
        propose().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("focusQuestion", "keyQuestions")));
        save("\"1\"", DRAFT).statusCode(200);
        propose().statusCode(200);
        decide("send-back", "{\"comment\":\" \"}").statusCode(422).body("errors.field", equalTo(List.of("comment")));
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).body("{}")
                .when().post(focus() + "/agree").then().statusCode(403);
    }

    @Test
    void badFocusesAreRefusedNamingEachField() {
        save("\"0\"", """
                {"keyQuestions":["1","2","3","4","5","6","7"],"indicators":["QI 9.9"],"questions":["D1.1.2","8.8.8"]}""")
                .statusCode(400).body("errors.field", equalTo(List.of("keyQuestions")));
        save("\"0\"", "{\"indicators\":[\"QI 9.9\"],\"questions\":[\"D1.1.2\",\"8.8.8\"]}")
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("indicators[0]", "questions[1]")));
        save("\"0\"", "{\"keyQuestions\":[\"\"],\"area\":\"" + "x".repeat(201) + "\"}")
                .statusCode(400).body("errors.field", hasItems("area", "keyQuestions[0]"));
        save("\"0\"", "{\"area\":\"Numeracy\"}").statusCode(200);
        save("\"0\"", "{\"area\":\"Literacy\"}").statusCode(412)
                .body("detail", containsString("editor-" + GLASGOW.toLowerCase()));
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).body(DRAFT)
                .when().put(focus()).then().statusCode(428);
    }

    @Test
    void partnersReadTheFocusOnceAgreedAndOthersNever() {
        UUID quadId = UUID.randomUUID();
        TestKafka.send(Topics.QUADS, quadId.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quadId.toString(), new QuadV1(quadId, UUID.fromString(cycleId), "Quad " + quadId,
                        List.of(GLASGOW, Tokens.EDINBURGH))));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Stored.count("SELECT count(*) FROM quad_member WHERE quad_id = ?", quadId) == 2);
        save("\"0\"", DRAFT).statusCode(200);
        propose().statusCode(200);

        given().auth().oauth2(Tokens.viewer(Tokens.EDINBURGH)).when().get(focus()).then().statusCode(404);
        given().auth().oauth2(Tokens.viewer(Tokens.DUNDEE)).when().get(focus()).then().statusCode(403);
        decide("agree", "{\"comment\":\"Clear and measurable\"}").statusCode(200);
        given().auth().oauth2(Tokens.viewer(Tokens.EDINBURGH)).when().get(focus()).then().statusCode(200)
                .body("focusQuestion", containsString("further or higher education"));
        given().auth().oauth2(Tokens.viewer(Tokens.DUNDEE)).when().get(focus()).then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/focuses").then().statusCode(200)
                .body("councilCode", equalTo(List.of(GLASGOW)), "state", equalTo(List.of("agreed")));
    }

    @Test
    void assignedOfficersAndInspectorsReadTheAgreedFocusOfTheirQuadsOnlyUntilRevoked() {
        UUID quadId = UUID.randomUUID();
        TestKafka.send(Topics.QUADS, quadId.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quadId.toString(), new QuadV1(quadId, UUID.fromString(cycleId), "Quad " + quadId,
                        List.of(GLASGOW, Tokens.EDINBURGH))));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID officerAssignment = UUID.randomUUID();
        assignment(Events.ASSIGNMENT_GRANTED, officerAssignment, "ades-officer", "officer-" + suffix, quadId, null);
        assignment(Events.ASSIGNMENT_GRANTED, UUID.randomUUID(), "es-link", "inspector-" + suffix, null,
                Tokens.EDINBURGH);
        assignment(Events.ASSIGNMENT_GRANTED, UUID.randomUUID(), "es-link", "elsewhere-" + suffix, null,
                Tokens.DUNDEE);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Stored.count("SELECT count(*) FROM quad_member WHERE quad_id = ?", quadId) == 2
                        && Stored.count("SELECT count(*) FROM assignment WHERE username LIKE ?", "%-" + suffix) == 3);
        save("\"0\"", DRAFT).statusCode(200);
        propose().statusCode(200);

        given().auth().oauth2(Tokens.adesOfficer("officer-" + suffix)).when().get(focus()).then().statusCode(404);
        decide("agree", "{\"comment\":\"Clear and measurable\"}").statusCode(200);
        given().auth().oauth2(Tokens.adesOfficer("officer-" + suffix)).when().get(focus()).then().statusCode(200)
                .body("focusQuestion", containsString("further or higher education"));
        given().auth().oauth2(Tokens.linkInspector("inspector-" + suffix)).when().get(focus()).then()
                .statusCode(200);
        given().auth().oauth2(Tokens.linkInspector("elsewhere-" + suffix)).when().get(focus()).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.linkInspector("officer-" + suffix)).when().get(focus()).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.adesOfficer("officer-" + suffix)).contentType(ContentType.JSON)
                .header("If-Match", "\"1\"").body(DRAFT).when().put(focus()).then().statusCode(403);

        assignment(Events.ASSIGNMENT_REVOKED, officerAssignment, "ades-officer", "officer-" + suffix, quadId, null);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Stored.count("SELECT count(*) FROM assignment WHERE id = ? AND NOT live", officerAssignment) == 1);
        given().auth().oauth2(Tokens.adesOfficer("officer-" + suffix)).when().get(focus()).then().statusCode(403);
    }

    private static void assignment(EventType<AssignmentV1> type, UUID id, String role, String username, UUID quadId,
            String council) {
        TestKafka.send(Topics.QUADS, id.toString(), EventCodec.event(type, "/quad-service", id.toString(),
                new AssignmentV1(id, role, username, quadId, null, council, OffsetDateTime.now(ZoneOffset.UTC),
                        "ades")));
    }

    private String focusIdOf() {
        return given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/focuses")
                .then().extract().path("[0].id");
    }

    private String focus() {
        return "/cycles/" + cycleId + "/evaluations/" + GLASGOW + "/focus";
    }

    private ValidatableResponse save(String ifMatch, String body) {
        return given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).when().put(focus()).then();
    }

    private ValidatableResponse propose() {
        return given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(focus() + "/propose").then();
    }

    private ValidatableResponse decide(String step, String body) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(body)
                .when().post(focus() + "/" + step).then();
    }
}
