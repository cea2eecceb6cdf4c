package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** ADES starts a new version from a published one, edits the draft's questions with lineage, diffs and retires. */
@QuarkusTest
@QuadsTestStack
class VersionEditingTest {

    @Test
    void aNewVersionIsADraftCopyWhereEveryQuestionIsTheSameAsItsSource() {
        String published = Rubrics.publishedDemo();

        var created = newVersion(Tokens.ades(), published, "{\"label\":\"2026-27 draft\"}")
                .statusCode(201)
                .body("status", equalTo("draft"), "number", equalTo(2), "label", equalTo("2026-27 draft"))
                .body("derivedFromVersionId", equalTo(published))
                .body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS))
                .body("scale", hasSize(6))
                .body("themes.indicators.questions.flatten().lineage", everyItem(equalTo("same")))
                .body("themes.indicators.questions.flatten().derivedFromQuestionId", everyItem(notNullValue()))
                .extract();
        String draft = created.path("id");

        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).when().get("/versions/" + published + "/diff/" + draft)
                .then().statusCode(200)
                .body("from.number", equalTo(1), "to.number", equalTo(2))
                .body("added", empty(), "removed", empty(), "changed", empty());
    }

    @Test
    void aDraftsQuestionsAreEditedWithTheirLineageAndTheDiffShowsThem() {
        String published = Rubrics.publishedDemo();
        String draft = newVersion(Tokens.ades(), published, "{\"label\":\"next\"}").statusCode(201)
                .extract().path("id");

        patchQuestion(draft, "D1.1.2", "{\"prompt\":\"How well do we now know our outcomes?\",\"lineage\":\"reworded\"}")
                .statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.2' }.lineage", equalTo("reworded"));
        patchQuestion(draft, "D1.1.1", "{\"prompt\":\"Quietly different words\"}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("lineage")));
        given().auth().oauth2(Tokens.ades()).when().delete("/versions/" + draft + "/questions/D1.2.1")
                .then().statusCode(200).body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS - 1));
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.9\",\"prompt\":\"A brand new question?\"}")
                .statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.9' }.lineage", equalTo("new"));
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.3a\",\"prompt\":\"Half of D1.1.3?\","
                + "\"lineage\":\"split-from\",\"derivedFrom\":[\"D1.1.3\"]}")
                .statusCode(200)
                .body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS + 1));

        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + published + "/diff/" + draft)
                .then().statusCode(200)
                .body("added.code", equalTo(List.of("D1.1.9")))
                .body("removed.code", equalTo(List.of("D1.2.1")), "removed[0].lineage", equalTo("retired"))
                .body("changed.code", containsInAnyOrder("D1.1.2", "D1.1.3a"))
                .body("changed.find { it.code == 'D1.1.2' }.changes", equalTo(List.of("prompt")))
                .body("changed.find { it.code == 'D1.1.3a' }.lineage", equalTo("split-from"))
                .body("changed.find { it.code == 'D1.1.3a' }.from", equalTo("D1.1.3"));
    }

    @Test
    void aDraftsQuestionsAreReorderedAndItsHeadingsRetitled() {
        String draft = newVersion(Tokens.ades(), Rubrics.publishedDemo(), "{\"label\":\"next\"}").statusCode(201)
                .extract().path("id");

        ades().body("{\"codes\":[\"D1.1.3\",\"D1.1.1\",\"D1.1.2\"]}")
                .when().put("/versions/" + draft + "/indicators/D1.1/question-order")
                .then().statusCode(200)
                .body("themes[0].indicators[0].questions.code", equalTo(List.of("D1.1.3", "D1.1.1", "D1.1.2")));
        ades().body("{\"codes\":[\"D1.1.3\",\"D1.1.1\"]}")
                .when().put("/versions/" + draft + "/indicators/D1.1/question-order")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("codes")));
        ades().body("{\"codes\":[\"D1.1.3\",\"D1.1.1\",\"D1.2.1\"]}")
                .when().put("/versions/" + draft + "/indicators/D1.1/question-order")
                .then().statusCode(422);
        ades().body("{\"title\":\"Outcomes for learners\"}").when().patch("/versions/" + draft + "/themes/D1")
                .then().statusCode(200).body("themes[0].title", equalTo("Outcomes for learners"));
        ades().body("{\"guidance\":\"Look at five years of data.\"}")
                .when().patch("/versions/" + draft + "/indicators/D1.1")
                .then().statusCode(200)
                .body("themes[0].indicators[0].guidance", equalTo("Look at five years of data."));
        ades().body("{\"title\":\" \"}").when().patch("/versions/" + draft + "/themes/D1")
                .then().statusCode(400).body("errors.field", equalTo(List.of("title")));
        ades().body("{\"title\":\"x\"}").when().patch("/versions/" + draft + "/themes/99").then().statusCode(404);
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().patch("/versions/" + draft + "/themes/D1").then().statusCode(403);

        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + draft)
                .then().body("themes[0].indicators[0].questions.code", equalTo(List.of("D1.1.3", "D1.1.1", "D1.1.2")))
                .body("themes[0].title", equalTo("Outcomes for learners"));
    }

    @Test
    void badEditsAreNamedAndChangeNothing() {
        String draft = newVersion(Tokens.ades(), Rubrics.publishedDemo(), "{\"label\":\"next\"}").statusCode(201)
                .extract().path("id");

        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.1\",\"prompt\":\"Twice?\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("code")));
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.8\",\"prompt\":\"x\",\"lineage\":\"cloned\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("lineage")));
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.8\",\"prompt\":\"x\",\"lineage\":\"split-from\"}")
                .statusCode(422)
                .body("errors.field", equalTo(List.of("derivedFrom")));
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.8\",\"prompt\":\"x\",\"lineage\":\"merged-from\","
                + "\"derivedFrom\":\"9.9.9\"}")
                .statusCode(422)
                .body("errors.field", equalTo(List.of("derivedFrom")));
        addQuestion(draft, "D1.1", "{\"code\":\"has space\",\"prompt\":\" \"}").statusCode(400)
                .body("errors.field", equalTo(List.of("code", "prompt")));
        addQuestion(draft, "QI 9.9", "{\"code\":\"9.9.1\",\"prompt\":\"x\"}").statusCode(404);
        patchQuestion(draft, "9.9.9", "{\"prompt\":\"x\"}").statusCode(404);
        patchQuestion(draft, "D1.1.1", "{\"prompt\":\"  \"}").statusCode(400)
                .body("errors.field", equalTo(List.of("prompt")));
        patchQuestion(draft, "D1.1.1", "{\"lineage\":\"new\",\"derivedFrom\":\"nope\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("derivedFrom")));

        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + draft)
                .then().body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS))
                .body("themes.indicators.questions.flatten().lineage", everyItem(equalTo("same")));
    }

    @Test
    void aQuestionsKindAndRequiredAreSetInADraftAndALevelOnANarrativeQuestionIsRefused() {
        String draft = newVersion(Tokens.ades(), Rubrics.publishedDemo(), "{\"label\":\"next\"}").statusCode(201)
                .extract().path("id");

        // A new optional narrative prompt, and a graded question turned narrative.
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.9\",\"prompt\":\"Anything else we should know?\","
                + "\"kind\":\"narrative\",\"required\":false,\"narrativeFields\":[\"evidence\"]}")
                .statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.9' }.kind", equalTo("narrative"))
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.9' }.required", equalTo(false));
        patchQuestion(draft, "D1.1.2", "{\"kind\":\"narrative\"}").statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.2' }.kind", equalTo("narrative"))
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.2' }.required", equalTo(true));

        // A level on a narrative question (marking it not applicable), an optional graded question, a kind the
        // platform does not know: each refused naming the field, and nothing changed.
        patchQuestion(draft, "D1.1.9", "{\"notApplicableAllowed\":true}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("notApplicableAllowed")));
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.8\",\"prompt\":\"x\",\"kind\":\"narrative\","
                + "\"notApplicableAllowed\":true}").statusCode(422)
                .body("errors.field", equalTo(List.of("notApplicableAllowed")));
        patchQuestion(draft, "D1.1.1", "{\"required\":false}").statusCode(422)
                .body("errors.field", equalTo(List.of("required")));
        patchQuestion(draft, "D1.1.1", "{\"kind\":\"scored\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
        patchQuestion(draft, "D1.1.9", "{\"kind\":\"graded\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("required")));

        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + draft).then()
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.1' }.kind", equalTo("graded"))
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.1' }.required", equalTo(true))
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.9' }.kind", equalTo("narrative"))
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.9' }.notApplicableAllowed",
                        equalTo(false));
    }

    @Test
    void aQuestionOfAVersionGradedPerIndicatorStaysNarrative() {
        String published = Rubrics.importDraft(Rubrics.demoPerIndicator(Rubrics.freshCode()));
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + published + "/publish").then().statusCode(200);
        String draft = newVersion(Tokens.ades(), published, "{\"label\":\"next\"}").statusCode(201)
                .extract().path("id");

        patchQuestion(draft, "A1-1", "{\"kind\":\"graded\"}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("kind")))
                .body("errors[0].message", containsString("grades each quality indicator as a whole"));
        addQuestion(draft, "A1", "{\"code\":\"A1-9\",\"prompt\":\"Graded?\",\"kind\":\"graded\"}")
                .statusCode(422).body("errors.field", equalTo(List.of("kind")));
        patchQuestion(draft, "A1-1", "{\"required\":false}").statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'A1-1' }.required", equalTo(false));
    }

    @Test
    void aPublishedVersionNeverChangesAndARetiredOneOpensNoCycle() {
        String published = Rubrics.publishedDemo();

        patchQuestion(published, "D1.1.1", "{\"title\":\"x\"}").statusCode(409)
                .contentType("application/problem+json");
        addQuestion(published, "D1.1", "{\"code\":\"D1.1.9\",\"prompt\":\"x\"}").statusCode(409);
        given().auth().oauth2(Tokens.ades()).when().delete("/versions/" + published + "/questions/D1.1.1")
                .then().statusCode(409);
        String draft = newVersion(Tokens.ades(), published, "{\"label\":\"next\"}").extract().path("id");
        newVersion(Tokens.ades(), draft, "{\"label\":\"from a draft\"}").statusCode(409);
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + draft + "/retire").then().statusCode(409);

        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + published + "/retire")
                .then().statusCode(200).body("status", equalTo("retired"));
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + published + "/retire")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(Rubrics.cycle("Cycle " + UUID.randomUUID(), published, LocalDate.of(2026, 8, 1),
                        LocalDate.of(2027, 3, 31), null))
                .when().post("/cycles")
                .then().statusCode(422).body("errors.field", equalTo(List.of("rubricVersionId")));
        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + published)
                .then().body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS));
    }

    @Test
    void aNewVersionNeedsALabel() {
        String published = Rubrics.publishedDemo();
        newVersion(Tokens.ades(), published, "{\"label\":\"\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("label")));
        newVersion(Tokens.ades(), UUID.randomUUID().toString(), "{\"label\":\"x\"}").statusCode(404);
    }

    @Test
    void onlyAdesEditsVersions() {
        String published = Rubrics.publishedDemo();
        String draft = newVersion(Tokens.ades(), published, "{\"label\":\"next\"}").extract().path("id");
        String editor = Tokens.editor(Tokens.GLASGOW);

        newVersion(editor, published, "{\"label\":\"mine\"}").statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(editor).when().post("/versions/" + published + "/retire").then().statusCode(403);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().patch("/versions/" + draft + "/questions/D1.1.1").then().statusCode(403);
        given().auth().oauth2(editor).when().delete("/versions/" + draft + "/questions/D1.1.1").then().statusCode(403);
        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).contentType(ContentType.JSON)
                .body("{\"code\":\"D1.1.9\",\"prompt\":\"x\"}")
                .when().post("/versions/" + draft + "/indicators/D1.1/questions").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"label\":\"x\"}")
                .when().post("/versions/" + published + "/new-version").then().statusCode(401);
        given().when().get("/versions/" + published + "/diff/" + draft).then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + published)
                .then().body("status", equalTo("published"));
    }

    @Test
    void derivedFromTakesOneCodeOrAListAndTheOpenApiSaysSo() {
        String draft = newVersion(Tokens.ades(), Rubrics.publishedDemo(), "{\"label\":\"next\"}").statusCode(201)
                .extract().path("id");

        // One code, as older clients send it: taken as the list of that code (the validator holds the request to
        // the document, so the document must allow it too).
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.3a\",\"prompt\":\"Half of D1.1.3?\","
                + "\"lineage\":\"split-from\",\"derivedFrom\":\"D1.1.3\"}")
                .statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.3a' }.derivedFromQuestionIds",
                        hasSize(1));
        patchQuestion(draft, "D1.1.2", "{\"prompt\":\"Other words\",\"lineage\":\"reworded\","
                + "\"derivedFrom\":\"D1.1.2\"}").statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.2' }.lineage", equalTo("reworded"));
        // A list, as documented first.
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.8\",\"prompt\":\"Both?\",\"lineage\":\"merged-from\","
                + "\"derivedFrom\":[\"D1.1.1\",\"D1.1.3\"]}")
                .statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.8' }.derivedFromQuestionIds",
                        hasSize(2));
        // Neither a code nor a list of codes: refused naming the field.
        addQuestion(draft, "D1.1", "{\"code\":\"D1.1.7\",\"prompt\":\"x\",\"lineage\":\"split-from\","
                + "\"derivedFrom\":{\"code\":\"D1.1.3\"}}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", startsWith("derivedFrom"));

        for (String schema : List.of("QuestionRequest", "QuestionChangeRequest")) {
            given().when().get("/q/openapi?format=json").then().statusCode(200)
                    .body("components.schemas." + schema + ".properties.derivedFrom.oneOf.type",
                            equalTo(List.of("string", "array")))
                    .body("components.schemas." + schema + ".properties.derivedFrom.oneOf[1].maxItems",
                            equalTo(10));
        }
    }

    private static RequestSpecification ades() {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON);
    }

    private static ValidatableResponse newVersion(String token, String versionId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/versions/" + versionId + "/new-version").then();
    }

    private static ValidatableResponse patchQuestion(String versionId, String code, String body) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(body)
                .when().patch("/versions/" + versionId + "/questions/" + code).then();
    }

    private static ValidatableResponse addQuestion(String versionId, String indicator, String body) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(body)
                .when().post("/versions/" + versionId + "/indicators/" + indicator + "/questions").then();
    }
}
