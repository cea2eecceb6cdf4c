package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

@QuarkusTest
@QuadsTestStack
class EvaluationResourceTest {

    private static final String GLASGOW = Tokens.GLASGOW;
    /** The demo framework's questions that allow "not applicable". */
    private static final Set<String> MAY_NOT_APPLY = Set.of("D1.4.3", "D3.2.4", "D5.3.3");

    private String cycleId;

    @BeforeEach
    void aCycleTheCouncilsCanAnswer() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH, Tokens.DUNDEE);
        cycleId = Rubrics.openCycle();
    }

    @Test
    void aCouncilThatSavedNothingSeesEveryQuestionInOrder() {
        given().auth().oauth2(Tokens.viewer(GLASGOW))
                .when().get(evaluation(GLASGOW))
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("state", equalTo("not-started"), "acceptingAnswers", equalTo(true))
                .body("councilCode", equalTo(GLASGOW), "cycleId", equalTo(cycleId))
                .body("progress.answered", equalTo(0), "progress.total", equalTo(58))
                .body("questions", hasSize(58))
                .body("questions[0].code", equalTo("D1.1.1"))
                .body("questions[0].themeCode", equalTo("D1"))
                .body("questions[0].indicatorCode", equalTo("D1.1"))
                .body("questions[57].code", equalTo("D6.3.3"))
                .body("questions[0].answer", nullValue());
    }

    @Test
    void theDashboardsReadListsOnlyWhatStillStandsInTheWayOfSubmitting() {
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", answer(4, "Attainment rose in every quintile.")).statusCode(200);
        save(Tokens.editor(GLASGOW), "\"0\"", "D2.1.1", "{\"strengths\":\"Pupil voice groups\"}").statusCode(200);

        given().auth().oauth2(Tokens.viewer(GLASGOW))
                .when().get(evaluation(GLASGOW) + "?questions=pending")
                .then().statusCode(200)
                .body("state", equalTo("draft"), "progress.answered", equalTo(1), "progress.total", equalTo(58))
                .body("progress.missing", hasSize(57))
                // The answered question is left out; the one with words but no level still stands in the way.
                .body("questions", hasSize(57))
                .body("questions.code", not(hasItem("D1.1.1")))
                .body("questions.find { it.code == 'D2.1.1' }.answer.strengths", equalTo("Pupil voice groups"));

        given().auth().oauth2(Tokens.viewer(GLASGOW))
                .when().get(evaluation(GLASGOW) + "?questions=some")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("questions"));
    }

    @Test
    void anEditorSavesADraftAnswerAndUpdatesItWithTheReturnedETag() {
        String etag = save(Tokens.editor(GLASGOW), "\"0\"", "D1.2.1", answer(4, "Award entries rose by a third."))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("questionCode", equalTo("D1.2.1"), "level", equalTo(4), "version", equalTo(1))
                .body("evidence", equalTo("Award entries rose by a third."))
                .body("updatedBy", equalTo("editor-" + GLASGOW.toLowerCase()))
                .extract().header("ETag");

        save(Tokens.editor("another-glasgow-editor", GLASGOW), etag, "D1.2.1", answer(5, "Entries rose by 34%."))
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("level", equalTo(5), "version", equalTo(2), "updatedBy", equalTo("another-glasgow-editor"));

        given().auth().oauth2(Tokens.viewer(GLASGOW))
                .when().get(evaluation(GLASGOW))
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("state", equalTo("draft"), "progress.answered", equalTo(1))
                .body("questions.find { it.code == 'D1.2.1' }.answer.level", equalTo(5))
                .body("questions.find { it.code == 'D1.2.1' }.answer.version", equalTo(2))
                .body("questions.find { it.code == 'D1.2.1' }.answer.evidence", equalTo("Entries rose by 34%."));
    }

    @Test
    void aDraftMayHoldNarrativeBeforeALevelAndDoesNotCountAsAnswered() {
        save(Tokens.editor(GLASGOW), "\"0\"", "D2.1.1", "{\"strengths\":\"Pupil voice groups in every school\"}")
                .statusCode(200)
                .body("level", nullValue(), "notApplicable", equalTo(false));

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation(GLASGOW))
                .then().body("state", equalTo("draft"), "progress.answered", equalTo(0))
                .body("questions.find { it.code == 'D2.1.1' }.answer.strengths",
                        equalTo("Pupil voice groups in every school"));
    }

    @Test
    void textIsKeptExactlyAsSent() {
        String evidence = "  Line one\n\tLine two — with “quotes”, <b>markup</b> & ünïcödé 🎓  \n";
        ObjectNode body = Rubrics.JSON.createObjectNode().put("level", 3).put("evidence", evidence)
                .put("nextSteps", "");

        save(Tokens.editor(GLASGOW), "\"0\"", "D4.1.1", body.toString()).statusCode(200)
                .body("evidence", equalTo(evidence), "nextSteps", equalTo(""));

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation(GLASGOW))
                .then().body("questions.find { it.code == 'D4.1.1' }.answer.evidence", equalTo(evidence));
    }

    @Test
    void aStaleETagIs412WithTheCurrentAnswer() {
        save(Tokens.editor("first-editor", GLASGOW), "\"0\"", "D1.1.1", answer(3, "First view")).statusCode(200);

        save(Tokens.editor("second-editor", GLASGOW), "\"0\"", "D1.1.1", answer(5, "Second view"))
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("current.level", equalTo(3))
                .body("current.evidence", equalTo("First view"))
                .body("current.version", equalTo(1))
                .body("current.updatedBy", equalTo("first-editor"));

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation(GLASGOW))
                .then().body("questions.find { it.code == 'D1.1.1' }.answer.level", equalTo(3));
    }

    @Test
    void aSaveWithoutIfMatchIs428() {
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).body(answer(4, "x"))
                .when().put(evaluation(GLASGOW) + "/answers/D1.1.1")
                .then().statusCode(428)
                .contentType("application/problem+json");

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation(GLASGOW))
                .then().body("state", equalTo("not-started"));
    }

    @Test
    void ifMatchStarSavesOverWhateverIsThereButNeverAnswersAQuestionForTheFirstTime() {
        save(Tokens.editor(GLASGOW), "*", "D1.1.1", answer(4, "first?"))
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match \"0\""));
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", answer(4, "first")).statusCode(200);

        save(Tokens.editor(GLASGOW), "*", "D1.1.1", answer(5, "second"))
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("level", equalTo(5), "evidence", equalTo("second"), "version", equalTo(2));
    }

    @Test
    void savingAnAnswerOfAnUnknownCycleWithoutIfMatchIs404NotA428() {
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).body(answer(4, "x"))
                .when().put("/cycles/" + UUID.randomUUID() + "/evaluations/" + GLASGOW + "/answers/D1.1.1")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aLevelOffTheScaleIs422AndNothingIsSaved() {
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", answer(7, "Beyond excellent"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("level")))
                .body("errors[0].message", containsString("6, 5, 4, 3, 2, 1"));
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", answer(0, "Nothing"))
                .statusCode(422);

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation(GLASGOW))
                .then().body("state", equalTo("not-started"), "questions[0].answer", nullValue());
    }

    @Test
    void notApplicableNeedsAQuestionThatAllowsItAReasonAndNoLevel() {
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", notApplicable("We have no schools"))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("notApplicable")));
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.4.3", notApplicable("   "))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("notApplicableReason")));
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.4.3",
                "{\"notApplicable\":true,\"notApplicableReason\":\"No demand\",\"level\":4}")
                .statusCode(422)
                .body("errors.field", equalTo(List.of("level")));

        save(Tokens.editor(GLASGOW), "\"0\"", "D1.4.3", notApplicable("No Gaelic medium demand recorded"))
                .statusCode(200)
                .body("notApplicable", equalTo(true), "level", nullValue());
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation(GLASGOW))
                .then().body("progress.answered", equalTo(1));
    }

    @Test
    void aNarrativeOver10000CharactersIsRefused() {
        ObjectNode body = Rubrics.JSON.createObjectNode().put("level", 4).put("evidence", "e".repeat(10_001))
                .put("nextSteps", "n".repeat(10_000));

        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", body.toString())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("evidence")));

        body.put("evidence", "e".repeat(10_000));
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", body.toString()).statusCode(200);
    }

    @Test
    void unknownFieldsAndMalformedJsonAre400() {
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", "{\"level\":4,\"grade\":\"A\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("grade")));
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", "{\"level\":\"four\"}")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("level")));
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", "{\"level\":4,")
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(GLASGOW)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .when().put(evaluation(GLASGOW) + "/answers/D1.1.1")
                .then().statusCode(400);
    }

    @Test
    void onlyTheCouncilsOwnEditorsWriteItsAnswers() {
        save(Tokens.viewer(GLASGOW), "\"0\"", "D1.1.1", answer(4, "x")).statusCode(403)
                .contentType("application/problem+json");
        save(Tokens.ades(), "\"0\"", "D1.1.1", answer(4, "x")).statusCode(403);
        save(Tokens.editor(Tokens.EDINBURGH), "\"0\"", "D1.1.1", answer(4, "x")).statusCode(403);
        save(Tokens.nobody(), "\"0\"", "D1.1.1", answer(4, "x")).statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(answer(4, "x"))
                .when().put(evaluation(GLASGOW) + "/answers/D1.1.1")
                .then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).get(evaluation(GLASGOW))
                .then().body("state", equalTo("not-started"));
    }

    @Test
    void anotherCouncilCannotReadTheEvaluation() {
        given().auth().oauth2(Tokens.editor(Tokens.EDINBURGH)).when().get(evaluation(GLASGOW))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.viewer(Tokens.DUNDEE)).when().get(evaluation(GLASGOW))
                .then().statusCode(403);
        given().auth().oauth2(Tokens.nobody()).when().get(evaluation(GLASGOW))
                .then().statusCode(403);
        given().when().get(evaluation(GLASGOW)).then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).when().get(evaluation(GLASGOW)).then().statusCode(200);
        given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(evaluation(GLASGOW)).then().statusCode(200);
    }

    @Test
    void unknownCyclesCouncilsAndQuestionsAre404() {
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + UUID.randomUUID() + "/evaluations/" + GLASGOW)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).when().get(evaluation("S12999999"))
                .then().statusCode(404).body("detail", containsString("S12999999"));
        given().auth().oauth2(Tokens.editor("S12999999")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(answer(4, "x"))
                .when().put(evaluation("S12999999") + "/answers/D1.1.1")
                .then().statusCode(404);

        save(Tokens.editor(GLASGOW), "\"0\"", "9.9.9", answer(4, "x"))
                .statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("questionCode")));
    }

    @Test
    void submittingWithMissingAnswersIs422ListingEachOne() {
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.1", answer(4, "x")).statusCode(200);
        save(Tokens.editor(GLASGOW), "\"0\"", "D1.1.2", "{\"evidence\":\"level still to agree\"}").statusCode(200);

        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation(GLASGOW) + "/submit")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(57))
                .body("errors.field", hasItems("D1.1.2", "D1.1.3", "D6.3.3"))
                .body("detail", containsString("57 of 58"));

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation(GLASGOW))
                .then().body("state", equalTo("draft"));
    }

    @Test
    void submittingLocksTheEvaluationAndPublishesEveryAnswer() {
        answerEverything(Tokens.editor(GLASGOW), GLASGOW);

        String evaluationId = given().auth().oauth2(Tokens.editor(GLASGOW))
                .when().post(evaluation(GLASGOW) + "/submit")
                .then().statusCode(200)
                .body("state", equalTo("submitted"), "acceptingAnswers", equalTo(false))
                .body("submittedBy", equalTo("editor-" + GLASGOW.toLowerCase()))
                .body("progress.answered", equalTo(58))
                .extract().path("id");

        List<CloudEvent> events = TestKafka.events(Topics.SELF_EVALUATIONS, evaluationId, 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(Events.SELF_EVALUATION_SUBMITTED.name());
        SelfEvaluationSubmittedV1 submitted = EventCodec.data(events.get(0), Events.SELF_EVALUATION_SUBMITTED);
        assertThat(submitted.cycleId()).isEqualTo(UUID.fromString(cycleId));
        assertThat(submitted.councilCode()).isEqualTo(GLASGOW);
        String versionId = given().auth().oauth2(Tokens.ades()).get("/cycles/" + cycleId).path("rubricVersionId");
        assertThat(submitted.rubricVersionId()).isEqualTo(UUID.fromString(versionId));
        assertThat(submitted.submittedBy()).isEqualTo("editor-" + GLASGOW.toLowerCase());
        assertThat(submitted.answers()).hasSize(58);
        assertThat(submitted.answers().get(0).questionCode()).isEqualTo("D1.1.1");
        assertThat(submitted.answers()).filteredOn(SelfEvaluationSubmittedV1.Answer::notApplicable)
                .extracting(SelfEvaluationSubmittedV1.Answer::questionCode)
                .containsExactlyInAnyOrderElementsOf(MAY_NOT_APPLY);
        assertThat(submitted.answers()).filteredOn(a -> a.questionCode().equals("D2.2.2")).singleElement()
                .satisfies(a -> {
                    assertThat(a.level()).isEqualTo(levelFor("D2.2.2"));
                    assertThat(a.evidence()).isEqualTo("Evidence for D2.2.2");
                });

        save(Tokens.editor(GLASGOW), "\"1\"", "D1.1.1", answer(2, "a late change"))
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation(GLASGOW) + "/submit")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.viewer(GLASGOW)).get(evaluation(GLASGOW))
                .then().body("state", equalTo("submitted"))
                .body("questions[0].answer.level", equalTo(levelFor("D1.1.1")));
    }

    @Test
    void onlyTheCouncilsEditorsSubmit() {
        given().auth().oauth2(Tokens.viewer(GLASGOW)).when().post(evaluation(GLASGOW) + "/submit")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when().post(evaluation(GLASGOW) + "/submit")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.editor(Tokens.DUNDEE)).when().post(evaluation(GLASGOW) + "/submit")
                .then().statusCode(403);
    }

    @Test
    void nothingCanBeSavedOrSubmittedAfterTheDeadline() {
        String pastCycle = Rubrics.openCycle(Rubrics.publishedDemo(), LocalDate.of(2020, 8, 17),
                LocalDate.of(2021, 3, 31));
        String path = "/cycles/" + pastCycle + "/evaluations/" + GLASGOW;

        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(answer(4, "too late"))
                .when().put(path + "/answers/D1.1.1")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("2021-03-31"));
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(path + "/submit")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(path)
                .then().body("state", equalTo("not-started"), "acceptingAnswers", equalTo(false));
    }

    @Test
    void severalEditorsSavingDifferentQuestionsAtOnceAllSucceed() throws Exception {
        List<String> codes = List.of("D3.1.1", "D3.1.2", "D3.1.3", "D3.2.1", "D3.2.2", "D3.2.3", "D3.3.1", "D3.3.2");
        ExecutorService pool = Executors.newFixedThreadPool(codes.size());
        try {
            List<Future<Integer>> statuses = codes.stream().map(code -> pool.submit(() ->
                    save(Tokens.editor("editor-" + code, GLASGOW), "\"0\"", code, answer(4, code))
                            .extract().statusCode())).toList();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation(GLASGOW))
                .then().header("ETag", "\"8\"").body("progress.answered", equalTo(8));
    }

    @Test
    void everySaveAndTheSubmissionLeaveAnAuditRow() {
        save(Tokens.editor(GLASGOW), "\"0\"", "D5.1.1", answer(3, "first")).statusCode(200);
        save(Tokens.editor(GLASGOW), "\"1\"", "D5.1.1", answer(5, "second")).statusCode(200);
        save(Tokens.editor(GLASGOW), "\"2\"", "D5.1.1", answer(5, "second")).statusCode(200).header("ETag", "\"2\"");

        List<AuditEntry> saves = audit("answer.saved");
        assertThat(saves).hasSize(2);
        assertThat(saves).extracting(e -> e.oldLevel).containsExactly(null, 3);
        assertThat(saves).extracting(e -> e.newLevel).containsExactly(3, 5);
        assertThat(saves).extracting(e -> e.questionCode).containsOnly("D5.1.1");
        assertThat(saves).extracting(e -> e.actor).containsOnly("editor-" + GLASGOW.toLowerCase());
        assertThat(saves.get(1).detail).contains("\"level\"", "\"evidence\"");

        answerEverything(Tokens.editor(GLASGOW), GLASGOW);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation(GLASGOW) + "/submit")
                .then().statusCode(200);
        assertThat(audit("evaluation.submitted")).singleElement()
                .satisfies(e -> assertThat(e.councilCode).isEqualTo(GLASGOW));
    }

    private List<AuditEntry> audit(String action) {
        return Stored.audit(UUID.fromString(cycleId), GLASGOW, action);
    }

    /** Answers every demo question the way an editor would, skipping those already answered. */
    private void answerEverything(String token, String council) {
        List<String> codes = given().auth().oauth2(token).get(evaluation(council)).path("questions.code");
        List<Integer> versions = given().auth().oauth2(token).get(evaluation(council))
                .path("questions.collect { it.answer == null ? 0 : it.answer.version }");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String body = MAY_NOT_APPLY.contains(code) ? notApplicable("Not provided here")
                    : answer(levelFor(code), "Evidence for " + code);
            save(token, "\"" + versions.get(i) + "\"", code, body).statusCode(200);
        }
    }

    private static int levelFor(String code) {
        return 1 + Math.floorMod(code.hashCode(), 6);
    }

    private ValidatableResponse save(String token, String ifMatch, String questionCode, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .when().put(evaluation(GLASGOW) + "/answers/" + questionCode)
                .then();
    }

    private String evaluation(String council) {
        return "/cycles/" + cycleId + "/evaluations/" + council;
    }

    private static String answer(int level, String evidence) {
        return Rubrics.JSON.createObjectNode().put("level", level).put("evidence", evidence)
                .put("strengths", "Strengths").put("areasForImprovement", "Areas").put("nextSteps", "Next steps")
                .toString();
    }

    private static String notApplicable(String reason) {
        return Rubrics.JSON.createObjectNode().put("notApplicable", true).put("notApplicableReason", reason)
                .toString();
    }
}
