package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.IntroductionV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class IntroductionResourceTest {

    @Test
    void anEditorAsksAStrongerPartnerAndThePartnerRepliesInTheThreadBothSidesRead() {
        // a graded itself 2, d graded itself 5 (Partners.revealed gives levels 2, 3, 4, 5 in member order).
        Partners quad = Partners.revealed("i");
        String words = "Your level 5 on 1.1.1 stands out. How did you bring the secondary heads in?";

        String id = ask(Tokens.editor(quad.a()), quad, "1.1.1", quad.d(), words).then().statusCode(201)
                .header("Location", containsString("/quads/" + quad.quadId() + "/introductions/"))
                .body("itemCode", equalTo("1.1.1"))
                .body("askerCouncil", equalTo(quad.a()))
                .body("askerLevel", equalTo(2))
                .body("partnerCouncil", equalTo(quad.d()))
                .body("partnerLevel", equalTo(5))
                .body("answered", equalTo(false))
                .body("messages.text", contains(words))
                .extract().path("id");

        list(Tokens.editor(quad.d()), quad).then().statusCode(200).body("id", contains(id));
        reply(Tokens.editor(quad.d()), quad, id, "Each head led one termly review. Call me.").then().statusCode(201)
                .body("authorCouncil", equalTo(quad.d()));

        thread(Tokens.viewer(quad.a()), quad, id).then().statusCode(200)
                .body("answered", equalTo(true))
                .body("messages.text", contains(words, "Each head led one termly review. Call me."))
                .body("messages.authorCouncil", contains(quad.a(), quad.d()));
        thread(Tokens.ades(), quad, id).then().statusCode(200).body("messages", hasSize(2));
        reply(Tokens.editor(quad.a()), quad, id, "Thank you: Tuesday?").then().statusCode(201);
        thread(Tokens.editor(quad.d()), quad, id).then().statusCode(200).body("messages", hasSize(3));
    }

    @Test
    void onlyTheTwoCouncilsAdesAndTheQuadsOfficerReadAThreadAndOnlyTheirEditorsWriteInIt() {
        Partners quad = Partners.revealed("v");
        String id = ask(Tokens.editor(quad.a()), quad, "1.1.2", quad.c(), "Between us two").then().statusCode(201)
                .extract().path("id");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AssignmentResourceTest.assign("ades-officer", "officer-" + suffix, quad.quadId(), null)
                .then().statusCode(201);
        AssignmentResourceTest.assign("es-link", "inspector-" + suffix, quad.quadId(), null)
                .then().statusCode(201);

        list(Tokens.editor(quad.b()), quad).then().statusCode(200).body("", empty());
        thread(Tokens.editor(quad.b()), quad, id).then().statusCode(403).contentType("application/problem+json");
        reply(Tokens.editor(quad.b()), quad, id, "Me too").then().statusCode(403);
        list(Tokens.linkInspector("inspector-" + suffix), quad).then().statusCode(200).body("", empty());
        thread(Tokens.linkInspector("inspector-" + suffix), quad, id).then().statusCode(403);
        thread(Tokens.adesOfficer("officer-" + suffix), quad, id).then().statusCode(200);
        list(Tokens.adesOfficer("officer-" + suffix), quad).then().statusCode(200).body("id", contains(id));
        reply(Tokens.adesOfficer("officer-" + suffix), quad, id, "Officer words").then().statusCode(403);
        reply(Tokens.ades(), quad, id, "ADES words").then().statusCode(403);
        reply(Tokens.viewer(quad.c()), quad, id, "Viewer words").then().statusCode(403);
        ask(Tokens.ades(), quad, "1.1.2", quad.c(), "ADES asks").then().statusCode(403);

        Partners other = Partners.revealed("w");
        list(Tokens.editor(other.a()), quad).then().statusCode(403);
        thread(Tokens.editor(other.a()), quad, id).then().statusCode(403);
        given().auth().oauth2(Tokens.editor(other.a())).when()
                .get("/quads/" + other.quadId() + "/introductions/" + id).then().statusCode(404);
        thread(Tokens.editor(quad.a()), quad, UUID.randomUUID().toString()).then().statusCode(404);
        thread(Tokens.editor(quad.a()), quad, id).then().statusCode(200).body("messages.text", contains("Between us two"));
    }

    @Test
    void aQuestionAndAReplyAreAnnouncedWithTheItemTheLevelsAndWhoWrote() {
        Partners quad = Partners.revealed("e");
        String asker = "asker-" + UUID.randomUUID().toString().substring(0, 8);
        String partner = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        String id = ask(Partners.editorWithEmail(asker, quad.b()), quad, "2.1.1", quad.d(), "How did you do it?")
                .then().statusCode(201).extract().path("id");
        reply(Partners.editorWithEmail(partner, quad.d()), quad, id, "Slowly.").then().statusCode(201);

        List<CloudEvent> events = TestKafka.events(Topics.QUAD_WORK, quad.quadId(), 2).stream()
                .filter(e -> e.type().startsWith("quads.introduction.")).toList();
        assertThat(events).extracting(CloudEvent::type)
                .containsExactly(Events.INTRODUCTION_REQUESTED.name(), Events.INTRODUCTION_REPLIED.name());
        IntroductionV1 asked = EventCodec.data(events.get(0), Events.INTRODUCTION_REQUESTED);
        assertThat(asked.introductionId()).hasToString(id);
        assertThat(asked.itemCode()).isEqualTo("2.1.1");
        assertThat(asked.askerCouncilCode()).isEqualTo(quad.b());
        assertThat(asked.askerLevel()).isEqualTo(3);
        assertThat(asked.partnerCouncilCode()).isEqualTo(quad.d());
        assertThat(asked.partnerLevel()).isEqualTo(5);
        assertThat(asked.asker()).isEqualTo(new IntroductionV1.Person(asker, asker + "@example.gov.scot", quad.b()));
        assertThat(asked.text()).isEqualTo("How did you do it?");
        IntroductionV1 replied = EventCodec.data(events.get(1), Events.INTRODUCTION_REPLIED);
        assertThat(replied.author()).isEqualTo(new IntroductionV1.Person(partner, partner + "@example.gov.scot",
                quad.d()));
        assertThat(replied.asker().email()).isEqualTo(asker + "@example.gov.scot");
        assertThat(replied.text()).isNull();
    }

    @Test
    void badQuestionsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Partners quad = Partners.revealed("b");
        Partners other = Partners.revealed("o");
        String editor = Tokens.editor(quad.a());

        ask(editor, quad, "1.1.1", quad.b(), "   ").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("text"));
        ask(editor, quad, "1.1.1", quad.b(), "x".repeat(2001)).then().statusCode(400)
                .body("errors.field", hasItem("text"));
        ask(editor, quad, "9.9.9", quad.b(), "x").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("itemCode"));
        ask(editor, quad, "1.1.1", quad.a(), "x").then().statusCode(422).body("errors.field", contains("partnerCouncil"));
        ask(editor, quad, "1.1.1", other.b(), "x").then().statusCode(422)
                .body("errors.field", contains("partnerCouncil"));
        ask(editor, quad, "9.9.9", quad.a(), "x").then().statusCode(422)
                .body("errors.field", contains("partnerCouncil", "itemCode"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("{\"itemCode\":")
                .when().post("/quads/" + quad.quadId() + "/introductions").then().statusCode(400)
                .contentType("application/problem+json");
        String id = ask(editor, quad, "1.1.1", quad.b(), "A fair question").then().statusCode(201)
                .extract().path("id");
        reply(Tokens.editor(quad.b()), quad, id, "   ").then().statusCode(400).body("errors.field", hasItem("text"));
        reply(Tokens.editor(quad.b()), quad, id, "y".repeat(2001)).then().statusCode(400);

        list(Tokens.ades(), quad).then().statusCode(200).body("", hasSize(1)).body("[0].messages", hasSize(1));
    }

    @Test
    void aPartnerIsAskedOnlyOnceItsAnswersAreShownToTheAsker() {
        Partners quad = Partners.form();
        quad.submit(quad.a(), 2, "n");
        quad.submit(quad.b(), 5, "n");

        ask(Tokens.editor(quad.a()), quad, "1.1.1", quad.b(), "Already?").then().statusCode(409)
                .contentType("application/problem+json");
        list(Tokens.editor(quad.a()), quad).then().statusCode(200).body("", empty());
    }

    static Response ask(String token, Partners quad, String item, String partner, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("itemCode", item, "partnerCouncil", partner, "text", text))
                .when().post("/quads/" + quad.quadId() + "/introductions");
    }

    static Response reply(String token, Partners quad, String id, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/quads/" + quad.quadId() + "/introductions/" + id + "/replies");
    }

    static Response thread(String token, Partners quad, String id) {
        return given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/introductions/" + id);
    }

    static Response list(String token, Partners quad) {
        return given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/introductions");
    }
}
