package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** Each question says which narrative fields it asks for; councils write only those. */
@QuarkusTest
@QuadsTestStack
class NarrativeFieldsTest {

    private static final List<String> ALL = List.of("evidence", "strengths", "areasForImprovement", "nextSteps");

    @Test
    void aCouncilWritesOnlyTheNarrativesAQuestionAsksFor() {
        Rubrics.councilsAreKnown(Tokens.GLASGOW);
        ObjectNode rubric = Rubrics.demo(Rubrics.freshCode());
        question(rubric, 0).set("narrativeFields", Rubrics.JSON.createArrayNode().add("nextSteps").add("evidence"));
        question(rubric, 1).set("narrativeFields", Rubrics.JSON.createArrayNode());
        String versionId = Rubrics.importDraft(rubric);
        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + versionId)
                .then().body("themes[0].indicators[0].questions[0].narrativeFields",
                        equalTo(List.of("evidence", "nextSteps")))
                .body("themes[0].indicators[0].questions[1].narrativeFields", equalTo(List.of()))
                .body("themes[0].indicators[0].questions[2].narrativeFields", equalTo(ALL));
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + versionId + "/publish").then().statusCode(200);
        String cycleId = Rubrics.openCycle(versionId, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(3));
        String evaluation = "/cycles/" + cycleId + "/evaluations/" + Tokens.GLASGOW;

        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).when().get(evaluation)
                .then().body("questions[0].narrativeFields", equalTo(List.of("evidence", "nextSteps")));
        save(evaluation, "D1.1.1", "{\"level\":4,\"evidence\":\"Data\",\"strengths\":\"Not asked\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("strengths")))
                .body("errors[0].message", containsString("evidence, nextSteps"));
        save(evaluation, "D1.1.2", "{\"level\":4,\"evidence\":\"x\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("evidence")))
                .body("errors[0].message", containsString("no narrative"));
        save(evaluation, "D1.1.1", "{\"level\":4,\"evidence\":\"Data\",\"nextSteps\":\"More data\"}").statusCode(200);
        save(evaluation, "D1.1.2", "{\"level\":3,\"strengths\":\"\"}").statusCode(200);
    }

    @Test
    void aDraftsQuestionChangesItsNarrativeFieldsAndTheDiffSaysSo() {
        String published = Rubrics.publishedDemo();
        String draft = ades().body("{\"label\":\"v2\"}").when().post("/versions/" + published + "/new-version")
                .then().statusCode(201).extract().path("id");

        ades().body("{\"narrativeFields\":[\"evidence\"]}").when().patch("/versions/" + draft + "/questions/D1.1.1")
                .then().statusCode(200)
                .body("themes[0].indicators[0].questions[0].narrativeFields", equalTo(List.of("evidence")));
        ades().body("{\"narrativeFields\":[\"feelings\"]}").when().patch("/versions/" + draft + "/questions/D1.1.1")
                .then().statusCode(400).body("errors.field", equalTo(List.of("narrativeFields[0]")));
        ades().body("{\"code\":\"D1.1.9\",\"prompt\":\"Level only?\",\"narrativeFields\":[]}")
                .when().post("/versions/" + draft + "/indicators/D1.1/questions")
                .then().statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.9' }.narrativeFields",
                        equalTo(List.of()));

        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + published + "/diff/" + draft)
                .then().body("changed.find { it.code == 'D1.1.1' }.changes", equalTo(List.of("narrativeFields")));
    }

    @Test
    void anImportNamingAnUnknownNarrativeFieldIsRefused() {
        ObjectNode rubric = Rubrics.demo(Rubrics.freshCode());
        question(rubric, 0).set("narrativeFields", Rubrics.JSON.createArrayNode().add("evidence").add("mood"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("themes[0].indicators[0].questions[0].narrativeFields[1]")));
    }

    private static ObjectNode question(ObjectNode rubric, int index) {
        return (ObjectNode) rubric.get("themes").get(0).get("indicators").get(0).get("questions").get(index);
    }

    private static ValidatableResponse save(String evaluation, String code, String body) {
        Integer version = given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).get(evaluation)
                .path("questions.find { it.code == '" + code + "' }.answer.version");
        return given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON)
                .header("If-Match", "\"" + (version == null ? 0 : version) + "\"").body(body)
                .when().put(evaluation + "/answers/" + code).then();
    }

    private static io.restassured.specification.RequestSpecification ades() {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON);
    }
}
