package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static scot.quads.rubric.Rubrics.cycle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CycleV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class CycleResourceTest {

    private static final LocalDate OPENS = LocalDate.of(2025, 8, 18);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);

    @Test
    void adesOpensACycleOnAPublishedVersionAndItIsAnnounced() {
        String versionId = Rubrics.publishedDemo();
        String name = "2025-26 " + UUID.randomUUID();

        var created = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle(name, versionId, OPENS, DEADLINE, null))
                .when().post("/cycles")
                .then().statusCode(201)
                .body("name", equalTo(name), "state", equalTo("open"), "rubricVersionId", equalTo(versionId),
                        "opensOn", equalTo("2025-08-18"), "submissionDeadline", equalTo("2026-03-31"),
                        "revealRule", equalTo("all-submitted-or-deadline"))
                .extract();
        String cycleId = created.path("id");
        assertThat(created.header("Location")).endsWith("/cycles/" + cycleId);

        given().auth().oauth2(Tokens.viewer(Tokens.FIFE))
                .when().get("/cycles/" + cycleId)
                .then().statusCode(200)
                .body("rubricVersionId", equalTo(versionId), "submissionDeadline", equalTo("2026-03-31"));
        given().auth().oauth2(Tokens.editor(Tokens.DUNDEE))
                .when().get("/cycles")
                .then().statusCode(200)
                .body("id", hasItem(cycleId));

        List<CloudEvent> events = TestKafka.events(Topics.CYCLES, cycleId, 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(Events.CYCLE_OPENED.name());
        CycleV1 opened = EventCodec.data(events.get(0), Events.CYCLE_OPENED);
        assertThat(opened.cycleId()).isEqualTo(UUID.fromString(cycleId));
        assertThat(opened.rubricVersionId()).isEqualTo(UUID.fromString(versionId));
        assertThat(opened.submissionDeadline()).isEqualTo(DEADLINE);
        assertThat(opened.revealRule()).isEqualTo("all-submitted-or-deadline");
        assertThat(opened.state()).isEqualTo("open");
    }

    @Test
    void theRevealRuleCanBeChosenFromTheThreeRules() {
        String versionId = Rubrics.publishedDemo();

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle("Cycle " + UUID.randomUUID(), versionId, OPENS, DEADLINE, "after-deadline"))
                .when().post("/cycles")
                .then().statusCode(201)
                .body("revealRule", equalTo("after-deadline"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle("Cycle " + UUID.randomUUID(), versionId, OPENS, DEADLINE, "whenever"))
                .when().post("/cycles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("revealRule")));
    }

    @Test
    void aCycleNeedsAPublishedVersion() {
        String draftId = Rubrics.importDraft(Rubrics.demo(Rubrics.freshCode()));
        String name = "Cycle " + UUID.randomUUID();

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle(name, draftId, OPENS, DEADLINE, null))
                .when().post("/cycles")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("rubricVersionId")))
                .body("errors[0].message", containsString("draft"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle(name, UUID.randomUUID().toString(), OPENS, DEADLINE, null))
                .when().post("/cycles")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("rubricVersionId")));

        given().auth().oauth2(Tokens.ades()).get("/cycles").then().body("name", not(hasItem(name)));
    }

    @Test
    void theDeadlineMustComeAfterTheOpeningDay() {
        String versionId = Rubrics.publishedDemo();
        String name = "Cycle " + UUID.randomUUID();

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle(name, versionId, DEADLINE, OPENS, null))
                .when().post("/cycles")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("submissionDeadline")));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle(name, versionId, OPENS, OPENS, null))
                .when().post("/cycles")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("submissionDeadline")));

        given().auth().oauth2(Tokens.ades()).get("/cycles").then().body("name", not(hasItem(name)));
    }

    @Test
    void missingFieldsAreNamed() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\" \"}")
                .when().post("/cycles")
                .then().statusCode(400)
                .body("errors.field", hasItems("name", "rubricVersionId", "opensOn", "submissionDeadline"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"rubricVersionId\":\"not-a-uuid\",\"opensOn\":\"2025-08-18\","
                        + "\"submissionDeadline\":\"2026-03-31\"}")
                .when().post("/cycles")
                .then().statusCode(400)
                .body("errors.field", hasItem("rubricVersionId"));
    }

    @Test
    void twoCyclesCannotShareAName() {
        String versionId = Rubrics.publishedDemo();
        String name = "Cycle " + UUID.randomUUID();
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle(name, versionId, OPENS, DEADLINE, null))
                .when().post("/cycles")
                .then().statusCode(201);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(cycle(name.toUpperCase(), versionId, OPENS, DEADLINE, null))
                .when().post("/cycles")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("name")));
    }

    @Test
    void onlyAdesOpensCycles() {
        String versionId = Rubrics.publishedDemo();
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON)
                .body(cycle("Cycle " + UUID.randomUUID(), versionId, OPENS, DEADLINE, null))
                .when().post("/cycles")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(cycle("Cycle " + UUID.randomUUID(), versionId, OPENS, DEADLINE, null))
                .when().post("/cycles")
                .then().statusCode(401);
    }

    @Test
    void anUnknownCycleIs404() {
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
