package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static scot.quads.rubric.Rubrics.demo;
import static scot.quads.rubric.Rubrics.freshCode;
import static scot.quads.rubric.Rubrics.importDraft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class FrameworkResourceTest {

    @Test
    void importingTheDemoFrameworkCreatesADraftWithEveryQuestionInOrder() {
        String code = freshCode();

        var created = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(demo(code).toString())
                .when().post("/frameworks/import")
                .then().statusCode(201)
                .body("frameworkCode", equalTo(code), "number", equalTo(1), "status", equalTo("draft"),
                        "label", equalTo("2025-26 demonstration"), "questionCount", equalTo(58))
                .body("scale.value", equalTo(List.of(6, 5, 4, 3, 2, 1)))
                .body("scale[3].label", equalTo("Satisfactory"))
                .body("themes", hasSize(6))
                .body("themes[0].indicators[0].code", equalTo("D1.1"))
                .body("themes[0].indicators[0].questions.code", equalTo(List.of("D1.1.1", "D1.1.2", "D1.1.3")))
                .body("themes[0].indicators[3].questions[2].notApplicableAllowed", equalTo(true))
                .body("themes[5].indicators[2].questions[2].code", equalTo("D6.3.3"))
                .extract();
        String versionId = created.path("id");
        assertThat(created.header("Location")).endsWith("/versions/" + versionId);

        given().auth().oauth2(Tokens.viewer(Tokens.FIFE))
                .when().get("/versions/" + versionId)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("questionCount", equalTo(58))
                .body("themes.code", equalTo(List.of("D1", "D2", "D3", "D4", "D5", "D6")))
                .body("themes[1].indicators[1].questions[0].prompt", containsString("wellbeing"))
                .body("themes[0].indicators[0].questions[0].guidance", containsString("teacher judgements"))
                .body("themes[0].indicators[0].questions[0].illustration", notNullValue());
    }

    @Test
    void everySignedInUserSeesTheFrameworksAndTheirVersions() {
        String code = freshCode();
        importDraft(demo(code));

        String frameworkId = given().auth().oauth2(Tokens.editor(Tokens.DUNDEE))
                .when().get("/frameworks")
                .then().statusCode(200)
                .body("code", hasItem(code))
                .extract().path("find { it.code == '" + code + "' }.id");

        given().auth().oauth2(Tokens.nobody())
                .when().get("/frameworks/" + frameworkId)
                .then().statusCode(200)
                .body("title", equalTo("Quads demonstration framework"))
                .body("versions", hasSize(1))
                .body("versions[0].status", equalTo("draft"));
    }

    @Test
    void publishingAnnouncesTheWholeVersionOnKafka() {
        String versionId = importDraft(demo(freshCode()));

        given().auth().oauth2(Tokens.ades())
                .when().post("/versions/" + versionId + "/publish")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("published"), "publishedAt", notNullValue(), "publishedBy", equalTo("ades"));

        List<CloudEvent> events = TestKafka.events(Topics.RUBRIC_VERSIONS, versionId, 2);
        assertThat(events).extracting(CloudEvent::type).containsExactly(Events.RUBRIC_VERSION_DRAFTED.name(),
                Events.RUBRIC_VERSION_PUBLISHED.name());
        RubricVersionPublishedV1 published = EventCodec.data(events.get(1), Events.RUBRIC_VERSION_PUBLISHED);
        assertThat(published.versionId()).isEqualTo(UUID.fromString(versionId));
        assertThat(published.versionNumber()).isEqualTo(1);
        assertThat(published.scale()).extracting(RubricVersionPublishedV1.Level::value)
                .containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(published.themes()).hasSize(6);
        List<RubricVersionPublishedV1.Question> questions = published.themes().stream()
                .flatMap(t -> t.indicators().stream()).flatMap(i -> i.questions().stream()).toList();
        assertThat(questions).hasSize(58);
        assertThat(questions.get(0).code()).isEqualTo("D1.1.1");
        assertThat(questions).filteredOn(RubricVersionPublishedV1.Question::notApplicableAllowed)
                .extracting(RubricVersionPublishedV1.Question::code).containsExactly("D1.4.3", "D3.2.4", "D5.3.3");
    }

    @Test
    void aPublishedVersionCannotBePublishedAgain() {
        String versionId = Rubrics.publishedDemo();

        given().auth().oauth2(Tokens.ades())
                .when().post("/versions/" + versionId + "/publish")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("published"));
    }

    @Test
    void aPublishedVersionsContentCannotChangeEvenInTheDatabase() {
        String versionId = Rubrics.publishedDemo();

        assertThatThrownBy(() -> Stored.execute("UPDATE question SET prompt = 'Rewritten' WHERE version_id = ?",
                UUID.fromString(versionId)))
                .hasStackTraceContaining("is not a draft");

        given().auth().oauth2(Tokens.ades()).get("/versions/" + versionId)
                .then().body("themes[0].indicators[0].questions[0].prompt", not(equalTo("Rewritten")));
    }

    @Test
    void importingAnExistingCodeAddsTheNextDraftVersion() {
        String code = freshCode();
        importDraft(demo(code));
        ObjectNode second = demo(code);
        second.put("versionLabel", "2026-27 draft");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(second.toString())
                .when().post("/frameworks/import")
                .then().statusCode(201)
                .body("number", equalTo(2), "status", equalTo("draft"), "label", equalTo("2026-27 draft"));

        given().auth().oauth2(Tokens.ades()).get("/frameworks")
                .then().body("find { it.code == '" + code + "' }.versions.number", equalTo(List.of(1, 2)));
    }

    @Test
    void aRepeatedQuestionCodeIsNamedByItsPathAndNothingIsWritten() {
        String code = freshCode();
        ObjectNode rubric = demo(code);
        question(rubric, 2, 0, 1).put("code", "D1.1.1");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("themes[2].indicators[0].questions[1].code")))
                .body("errors[0].message", containsString("themes[0].indicators[0].questions[0].code"));

        assertNothingWritten(code);
    }

    @Test
    void anEmptyPromptIsNamedByItsPath() {
        String code = freshCode();
        ObjectNode rubric = demo(code);
        question(rubric, 0, 1, 2).put("prompt", "  ");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("themes[0].indicators[1].questions[2].prompt")));

        assertNothingWritten(code);
    }

    @Test
    void aScaleOfOneLevelIsRefused() {
        String code = freshCode();
        ObjectNode rubric = demo(code);
        ArrayNode scale = (ArrayNode) rubric.get("scale");
        while (scale.size() > 1) {
            scale.remove(1);
        }

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("scale")))
                .body("errors[0].message", containsString("between 2 and 10"));

        assertNothingWritten(code);
    }

    @Test
    void repeatedLevelValuesAndBlankLabelsAreNamed() {
        String code = freshCode();
        ObjectNode rubric = demo(code);
        ((ObjectNode) rubric.get("scale").get(1)).put("value", 6);
        ((ObjectNode) rubric.get("scale").get(4)).put("label", "");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .body("errors.field", hasItems("scale[1].value", "scale[4].label"))
                .body("errors", hasSize(2));

        assertNothingWritten(code);
    }

    @Test
    void everyProblemIsNamedInOneAnswer() {
        String code = freshCode();
        ObjectNode rubric = demo(code);
        ((ObjectNode) rubric.get("themes").get(3)).put("code", "D1");
        ((ObjectNode) rubric.get("themes").get(1).get("indicators").get(0)).put("title", "x".repeat(201));
        ((ObjectNode) rubric.get("themes").get(4).get("indicators").get(1)).put("code", "D1.1");
        question(rubric, 5, 0, 0).put("prompt", "p".repeat(501));
        question(rubric, 5, 0, 1).put("guidance", "g".repeat(2001));
        question(rubric, 5, 0, 1).put("code", "6.1 2");
        rubric.put("title", "");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .body("errors.field", hasItems("title", "themes[3].code", "themes[1].indicators[0].title",
                        "themes[4].indicators[1].code", "themes[5].indicators[0].questions[0].prompt",
                        "themes[5].indicators[0].questions[1].guidance", "themes[5].indicators[0].questions[1].code"));

        assertNothingWritten(code);
    }

    @Test
    void aRubricWithoutQuestionsOrWithEmptyEntriesIsRefused() {
        String code = freshCode();
        ObjectNode rubric = demo(code);
        ((ArrayNode) rubric.get("themes").get(0).get("indicators").get(0).get("questions")).removeAll();
        ((ArrayNode) rubric.get("themes").get(1).get("indicators").get(0).get("questions")).insertNull(1);
        ((ArrayNode) rubric.get("themes")).addNull();

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .body("errors.field", hasItems("themes[0].indicators[0].questions",
                        "themes[1].indicators[0].questions[1]", "themes[6]"));

        ObjectNode empty = demo(code);
        empty.putArray("themes");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(empty.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("themes")));

        assertNothingWritten(code);
    }

    @Test
    void unknownFieldsAndMalformedJsonAre400() {
        ObjectNode rubric = demo(freshCode());
        question(rubric, 0, 0, 0).put("weight", 3);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("themes[0].indicators[0].questions[0].weight"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{\"code\": \"X\", ")
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdesImportsAndPublishes() {
        String code = freshCode();
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON)
                .body(demo(code).toString())
                .when().post("/frameworks/import")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).contentType(ContentType.JSON)
                .body(demo(code).toString())
                .when().post("/frameworks/import")
                .then().statusCode(403);
        assertNothingWritten(code);

        String versionId = importDraft(demo(freshCode()));
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW))
                .when().post("/versions/" + versionId + "/publish")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).get("/versions/" + versionId)
                .then().body("status", equalTo("draft"));
    }

    @Test
    void everythingNeedsASignedInUser() {
        given().contentType(ContentType.JSON).body(demo(freshCode()).toString())
                .when().post("/frameworks/import")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/frameworks").then().statusCode(401);
        given().when().get("/versions/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.forged()).when().get("/frameworks").then().statusCode(401);
    }

    @Test
    void anUnknownVersionOrFrameworkIs404() {
        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + UUID.randomUUID() + "/publish")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).when().get("/frameworks/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theServiceIsHealthyAndDescribesItself() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/cycles/{cycleId}/evaluations/{councilCode}/submit"));
    }

    private static ObjectNode question(ObjectNode rubric, int theme, int indicator, int question) {
        return (ObjectNode) rubric.get("themes").get(theme).get("indicators").get(indicator).get("questions")
                .get(question);
    }

    private static void assertNothingWritten(String code) {
        given().auth().oauth2(Tokens.ades()).get("/frameworks")
                .then().statusCode(200)
                .body("code", everyItem(not(equalTo(code))));
    }
}
