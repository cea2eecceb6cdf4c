package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * A version grades each question (as before) or each quality indicator as a whole; a question is graded or
 * narrative. The level goes where the grain puts it, and submission asks for what the grain and kinds ask for.
 */
@QuarkusTest
@QuadsTestStack
class GradingGrainTest {

    private static final String GLASGOW = Tokens.GLASGOW;

    @BeforeEach
    void councilsKnown() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH);
    }

    @Test
    void aVersionGradedPerIndicatorTakesTheLevelOnTheIndicatorAndTextOnItsQuestions() throws Exception {
        String cycleId = Rubrics.openCycleOn(Rubrics.demoPerIndicator(Rubrics.freshCode()));
        String path = "/cycles/" + cycleId + "/evaluations/" + GLASGOW;

        // 6 indicators graded as a whole and 9 required prompts; 4 optional prompts do not count.
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(path).then().statusCode(200)
                .body("gradingGrain", equalTo("quality-indicator"))
                .body("indicators.code", equalTo(List.of("A1", "A2", "B1", "B2", "C1", "C2")))
                .body("questions.find { it.code == 'A1-1' }.kind", equalTo("narrative"))
                .body("questions.find { it.code == 'A1-3' }.required", equalTo(false))
                .body("progress.answered", equalTo(0), "progress.total", equalTo(15));

        // A level on a question of this version is refused, naming the field; so is "not applicable".
        put(path + "/answers/A1-1", "\"0\"", "{\"level\":4}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("level")))
                .body("errors[0].message", containsString("quality indicator as a whole"));
        put(path + "/answers/A1-1", "\"0\"", "{\"notApplicable\":true,\"notApplicableReason\":\"x\"}")
                .statusCode(422).body("errors.field", equalTo(List.of("notApplicable")));
        put(path + "/answers/A1-1", "\"0\"", "{\"nextSteps\":\"Not asked for\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("nextSteps")));
        put(path + "/answers/A1-1", "\"0\"", "{\"evidence\":\"Teacher judgements rose in 9 of 12 schools.\"}")
                .statusCode(200).body("level", nullValue(), "questionCode", equalTo("A1-1"));

        // The indicator's own answer: a level with its narrative, autosaved with optimistic locking.
        put(path + "/indicators/A1/answer", "\"0\"", "{\"level\":5,\"strengths\":\"Clear tracking\"}")
                .statusCode(200).header("ETag", "\"1\"")
                .body("indicatorCode", equalTo("A1"), "questionCode", nullValue(), "level", equalTo(5));
        put(path + "/indicators/A1/answer", "\"0\"", "{\"level\":3}").statusCode(412)
                .contentType("application/problem+json").body("current.level", equalTo(5));
        put(path + "/indicators/A1/answer", "\"1\"", "{\"level\":9}").statusCode(422)
                .body("errors.field", equalTo(List.of("level")));
        put(path + "/indicators/A1/answer", "\"1\"", "{\"notApplicable\":true,\"notApplicableReason\":\"No\"}")
                .statusCode(422).body("errors.field", equalTo(List.of("notApplicable")));
        put(path + "/indicators/Z9/answer", "\"0\"", "{\"level\":3}").statusCode(404);
        put(path + "/indicators/A1/answer", "\"1\"", "{\"level\":4}").statusCode(200).header("ETag", "\"2\"");

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(path).then()
                .body("progress.answered", equalTo(2))
                .body("indicators.find { it.code == 'A1' }.answer.level", equalTo(4))
                .body("progress.missing", equalTo(List.of("A1-2", "A2", "A2-1", "A2-2", "B1", "B1-1", "B1-2", "B2",
                        "B2-1", "C1", "C1-1", "C2", "C2-1")));
        adesProgress(cycleId).body("answered", equalTo(2), "total", equalTo(15));
        submit(path).statusCode(422)
                .body("detail", containsString("13 of 15 items"))
                .body("errors", hasSize(13))
                .body("errors.find { it.field == 'A2' }.message", containsString("give the quality indicator a level"))
                .body("errors.find { it.field == 'A2-1' }.message", containsString("required narrative"));

        Rubrics.answerEverything(cycleId, GLASGOW);
        adesProgress(cycleId).body("answered", equalTo(15), "percentAnswered", equalTo(100));
        String evaluationId = submit(path).statusCode(200).body("state", equalTo("submitted"))
                .extract().path("id");

        CloudEvent event = TestKafka.events(Topics.SELF_EVALUATIONS, evaluationId, 1).get(0);
        SelfEvaluationSubmittedV1 submitted = EventCodec.data(event, Events.SELF_EVALUATION_SUBMITTED);
        assertThat(submitted.indicatorAnswers()).extracting(SelfEvaluationSubmittedV1.IndicatorAnswer::indicatorCode)
                .containsExactly("A1", "A2", "B1", "B2", "C1", "C2");
        assertThat(submitted.indicatorAnswers()).allSatisfy(a -> assertThat(a.level()).isEqualTo(4));
        assertThat(submitted.answers()).hasSize(13).allSatisfy(a -> assertThat(a.level()).isNull());

        // Every export carries the indicator's own answer before its prompts'.
        String csv = given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(path + "/export?format=csv")
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(1)).contains(",A,A1,,Raising the attainment of every learner,4,Good,");
        assertThat(lines.get(2)).contains(",A,A1,A1-1,");
        byte[] xlsx = given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(path + "/export?format=xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(6).getCell(2).getStringCellValue()).isEqualTo("Whole indicator");
            assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(4.0);
            assertThat(sheet.getRow(7).getCell(2).getStringCellValue()).isEqualTo("A1-1");
            assertThat(sheet.getRow(7).getCell(5).getStringCellValue()).isEqualTo("Narrative");
        }
        String pdf = ExportTest.pdfText(given().auth().oauth2(Tokens.viewer(GLASGOW))
                .when().get(path + "/export?format=pdf").then().statusCode(200).extract().asByteArray());
        assertThat(pdf).contains("The quality indicator as a whole: Level 4");
    }

    @Test
    void aNarrativeQuestionInAVersionGradedPerQuestionTakesNoLevelAndMayBeOptional() {
        ObjectNode rubric = Rubrics.demo(Rubrics.freshCode());
        ArrayNode questions = (ArrayNode) rubric.get("themes").get(0).get("indicators").get(0).get("questions");
        questions.addObject().put("code", "D1.1.9").put("prompt", "Anything else about attainment?")
                .put("kind", "narrative").put("required", false)
                .set("narrativeFields", Rubrics.JSON.createArrayNode().add("evidence"));
        questions.addObject().put("code", "1.1.10").put("prompt", "What is your focus for improvement?")
                .put("kind", "narrative");
        String cycleId = Rubrics.openCycleOn(rubric);
        String path = "/cycles/" + cycleId + "/evaluations/" + GLASGOW;

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(path).then()
                .body("gradingGrain", equalTo("question"), "indicators", hasSize(0))
                .body("progress.total", equalTo(Rubrics.DEMO_QUESTIONS + 1));
        put(path + "/answers/D1.1.9", "\"0\"", "{\"level\":4,\"evidence\":\"x\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("level")))
                .body("errors[0].message", containsString("is narrative and takes no level"));
        put(path + "/indicators/D1.1/answer", "\"0\"", "{\"level\":4}").statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("grades each question"));

        Rubrics.answerEverything(cycleId, GLASGOW);
        // The optional question may stay empty: answerEverything answered it, so empty it again.
        put(path + "/answers/D1.1.9", "\"1\"", "{}").statusCode(200);
        submit(path).statusCode(200);
    }

    @Test
    void anImportMixingGrainsIsRefusedNamingEveryPathAndWritesNothing() {
        String code = Rubrics.freshCode();
        ObjectNode rubric = Rubrics.demoPerIndicator(code);
        ObjectNode firstIndicator = (ObjectNode) rubric.get("themes").get(0).get("indicators").get(0);
        ((ObjectNode) firstIndicator.get("questions").get(0)).put("kind", "graded");
        ((ObjectNode) firstIndicator.get("questions").get(1)).put("notApplicableAllowed", true);
        ((ObjectNode) rubric.get("themes").get(1).get("indicators").get(1).get("questions").get(0))
                .set("narrativeFields", Rubrics.JSON.createArrayNode());

        importJson(rubric).statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("3 places"))
                .body("errors.field", equalTo(List.of(
                        "themes[0].indicators[0].questions[0].kind",
                        "themes[0].indicators[0].questions[1].notApplicableAllowed",
                        "themes[1].indicators[1].questions[0].narrativeFields")))
                .body("errors[0].message", containsString("must be narrative"));

        // A kind or grain that is no such thing is a malformed field (400), as any other.
        ((ObjectNode) rubric.get("themes").get(2).get("indicators").get(0).get("questions").get(0))
                .put("kind", "essay");
        importJson(rubric).statusCode(400)
                .body("errors.field", equalTo(List.of("themes[2].indicators[0].questions[0].kind")));
        ObjectNode perQuestion = Rubrics.demo(code);
        perQuestion.put("gradingGrain", "per-theme");
        importJson(perQuestion).statusCode(400).body("errors.field", equalTo(List.of("gradingGrain")));
        perQuestion.remove("gradingGrain");
        ObjectNode indicator = (ObjectNode) perQuestion.get("themes").get(0).get("indicators").get(0);
        indicator.put("notApplicableAllowed", true);
        ((ObjectNode) indicator.get("questions").get(0)).put("required", false);
        importJson(perQuestion).statusCode(422).body("errors.field", equalTo(List.of(
                "themes[0].indicators[0].notApplicableAllowed", "themes[0].indicators[0].questions[0].required")));

        given().auth().oauth2(Tokens.ades()).get("/frameworks")
                .then().body("find { it.code == '" + code + "' }", nullValue());
    }

    @Test
    void anOlderImportWithoutGrainOrKindsReadsAsGradedPerQuestion() {
        String versionId = Rubrics.importDraft(Rubrics.demo(Rubrics.freshCode()));
        given().auth().oauth2(Tokens.ades()).get("/versions/" + versionId).then().statusCode(200)
                .body("gradingGrain", equalTo("question"))
                .body("themes[0].indicators[0].questions[0].kind", equalTo("graded"))
                .body("themes[0].indicators[0].questions[0].required", equalTo(true));
    }

    @Test
    void anIndicatorsAnswerIsCarriedToTheSameIndicatorAndCountsNowhereUntilConfirmed() {
        String first = Rubrics.importDraft(Rubrics.demoPerIndicator(Rubrics.freshCode()));
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + first + "/publish").then().statusCode(200);
        String lastYear = Rubrics.openCycle(first, LocalDate.now().minusMonths(3), LocalDate.now().plusMonths(3));
        Rubrics.submitted(lastYear, GLASGOW);
        String second = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"label\":\"v2\"}").when().post("/versions/" + first + "/new-version")
                .then().statusCode(201).body("gradingGrain", equalTo("quality-indicator")).extract().path("id");
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + second + "/publish").then().statusCode(200);
        String thisYear = Rubrics.openCycle(second, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
        String path = "/cycles/" + thisYear + "/evaluations/" + GLASGOW;

        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON)
                .body("{\"fromCycleId\":\"" + lastYear + "\"}").when().post(path + "/carry-forward")
                .then().statusCode(200)
                .body("indicators.find { it.code == 'A1' }.answer.level", equalTo(4))
                .body("indicators.find { it.code == 'A1' }.answer.carriedForward", equalTo(true))
                .body("indicators.find { it.code == 'A1' }.answer.evidence", equalTo("Evidence for A1"))
                .body("questions.find { it.code == 'A1-1' }.answer.carriedForward", equalTo(true))
                // Nothing carried counts as answered until someone confirms it: progress, ADES and submit agree.
                // 6 indicators and 9 required prompts, and the 4 optional prompts carried: each awaits a confirmation.
                .body("progress.answered", equalTo(0), "progress.total", equalTo(19));
        adesProgress(thisYear).body("answered", equalTo(0), "total", equalTo(19));
        submit(path).statusCode(422)
                .body("detail", containsString("19 of 19 items"))
                .body("errors.find { it.field == 'A1' }.message", containsString("carried forward"));

        given().auth().oauth2(Tokens.editor(GLASGOW)).header("If-Match", "\"1\"")
                .when().post(path + "/indicators/A1/answer/confirm")
                .then().statusCode(200).body("carriedForward", equalTo(false), "level", equalTo(4));
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(path).then()
                .body("progress.answered", equalTo(1))
                .body("progress.missing", not(hasItem("A1")));
        adesProgress(thisYear).body("answered", equalTo(1));
        submit(path).statusCode(422).body("detail", containsString("18 of 19 items"));
    }

    private static ValidatableResponse importJson(ObjectNode rubric) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import").then();
    }

    private static ValidatableResponse adesProgress(String cycleId) {
        return given().auth().oauth2(Tokens.ades()).get("/cycles/" + cycleId + "/progress").then().statusCode(200)
                .rootPath("find { it.councilCode == '" + GLASGOW + "' }");
    }

    private static ValidatableResponse put(String path, String ifMatch, String body) {
        return given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).when().put(path).then();
    }

    private static ValidatableResponse submit(String path) {
        return given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(path + "/submit").then();
    }
}
