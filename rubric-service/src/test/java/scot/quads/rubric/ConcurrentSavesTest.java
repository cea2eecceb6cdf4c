package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.rubric.service.EvaluationService;
import scot.quads.rubric.service.EvaluationService.AnswerContent;
import scot.quads.support.rest.ETags;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * Several editors of one council at once: saves of different answers never wait for each other, two saves of the
 * same answer never both win, and a submit and a save never interleave so that a save lands after the submission
 * or a saved answer is missing from it. Where an order matters, one side is held open inside its transaction and
 * the other is seen waiting for its lock in PostgreSQL before the first is let go.
 */
@QuarkusTest
@QuadsTestStack
class ConcurrentSavesTest {

    private static final String GLASGOW = Tokens.GLASGOW;

    @Inject
    EvaluationService evaluations;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private String cycleId;

    @BeforeEach
    void aCycleGlasgowIsAnswering() {
        Rubrics.councilsAreKnown(GLASGOW);
        cycleId = Rubrics.openCycle();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aCouncilThatHasSavedIsRefusedOnceADESClosesTheCycleAndItsAnswerStaysAsSaved() {
        save("D1.1.1", "\"0\"", 3, "before the close").statusCode(200);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"state\":\"closed\",\"reason\":\"Round finished early\"}")
                .when().post("/cycles/" + cycleId + "/state").then().statusCode(200);

        save("D1.1.1", "\"1\"", 4, "after the close").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is closed"));
        save("D1.1.2", "\"0\"", 4, "a first answer after the close").statusCode(409);

        given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(evaluation()).then().statusCode(200)
                .body("questions.find { it.code == 'D1.1.1' }.answer.version", equalTo(1))
                .body("questions.find { it.code == 'D1.1.1' }.answer.level", equalTo(3))
                .body("questions.find { it.code == 'D1.1.2' }.answer", nullValue());
    }

    @Test
    void anEditorSavesOneAnswerWhileAColleaguesSaveOfAnotherIsStillInFlight() throws Exception {
        save("D1.1.1", "\"0\"", 3, "the evaluation exists").statusCode(200);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> held = holdSave("D1.1.2", 0, 4, "held open", release);

        Future<Response> other = threads.submit(() -> save("D1.1.3", "\"0\"", 5, "saved meanwhile").extract()
                .response());
        await().atMost(Duration.ofSeconds(30)).until(other::isDone);
        assertThat(other.get().statusCode()).isEqualTo(200);
        assertThat(held.isDone()).isFalse();

        release.countDown();
        held.get();
        given().auth().oauth2(Tokens.viewer(GLASGOW)).get(evaluation())
                .then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("progress.answered", equalTo(3))
                .body("questions.find { it.code == 'D1.1.2' }.answer.evidence", equalTo("held open"))
                .body("questions.find { it.code == 'D1.1.3' }.answer.evidence", equalTo("saved meanwhile"));
    }

    @Test
    void twoEditorsAnsweringTheSameQuestionFirstAtOnceGetOne200AndOne412() throws Exception {
        save("D1.1.1", "\"0\"", 3, "the evaluation exists").statusCode(200);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> held = holdSave("D2.1.1", 0, 4, "first", release);
        Future<Response> second = threads.submit(() -> save("D2.1.1", "\"0\"", 2, "second").extract().response());
        awaitSomeoneWaitingForALock();

        release.countDown();
        held.get();
        Response refused = second.get();
        assertThat(refused.statusCode()).isEqualTo(412);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("current.evidence")).isEqualTo("first");
        assertThat(refused.header("ETag")).isEqualTo("\"1\"");
        given().auth().oauth2(Tokens.viewer(GLASGOW)).get(evaluation())
                .then().body("questions.find { it.code == 'D2.1.1' }.answer.evidence", equalTo("first"))
                .body("questions.find { it.code == 'D2.1.1' }.answer.version", equalTo(1));
    }

    @Test
    void twoEditorsChangingTheSameAnswerAtOnceGetOne200AndOne412() throws Exception {
        save("D2.1.1", "\"0\"", 3, "original").statusCode(200);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> held = holdSave("D2.1.1", 1, 4, "first change", release);
        Future<Response> second = threads.submit(() -> save("D2.1.1", "\"1\"", 2, "second change").extract()
                .response());
        awaitSomeoneWaitingForALock();

        release.countDown();
        held.get();
        Response refused = second.get();
        assertThat(refused.statusCode()).isEqualTo(412);
        assertThat(refused.<String>path("current.evidence")).isEqualTo("first change");
        assertThat(refused.<Integer>path("current.version")).isEqualTo(2);
    }

    @Test
    void aSubmitWaitsForASaveInFlightAndTheSubmissionHasIt() throws Exception {
        Rubrics.answerEverything(cycleId, GLASGOW);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> held = holdSave("D2.2.2", 1, 2, "changed while submitting", release);
        Future<Response> submit = threads.submit(() -> given().auth().oauth2(Tokens.editor(GLASGOW))
                .when().post(evaluation() + "/submit").then().extract().response());
        awaitSomeoneWaitingForALock();
        assertThat(submit.isDone()).isFalse();

        release.countDown();
        held.get();
        Response submitted = submit.get();
        assertThat(submitted.statusCode()).isEqualTo(200);
        SelfEvaluationSubmittedV1.Answer published = publishedAnswers(submitted.path("id")).get("D2.2.2");
        assertThat(published.evidence()).isEqualTo("changed while submitting");
        assertThat(published.level()).isEqualTo(2);

        save("D2.2.2", "\"2\"", 5, "after the submission").statusCode(409);
        given().auth().oauth2(Tokens.viewer(GLASGOW)).get(evaluation())
                .then().body("state", equalTo("submitted"))
                .body("questions.find { it.code == 'D2.2.2' }.answer.evidence", equalTo("changed while submitting"));
    }

    @Test
    void aSaveThatWaitedForASubmitIsRefusedAndChangesNothing() throws Exception {
        Rubrics.answerEverything(cycleId, GLASGOW);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch submittedInside = new CountDownLatch(1);
        Future<?> heldSubmit = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            evaluations.submit(UUID.fromString(cycleId), GLASGOW, ETags.IfMatch.ABSENT,
                    "editor-" + GLASGOW.toLowerCase());
            submittedInside.countDown();
            awaitQuietly(release);
        }));
        submittedInside.await();
        Future<Response> late = threads.submit(() -> save("D2.2.2", "\"1\"", 2, "too late").extract().response());
        awaitSomeoneWaitingForALock();

        release.countDown();
        heldSubmit.get();
        Response refused = late.get();
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        String evaluationId = given().auth().oauth2(Tokens.viewer(GLASGOW)).get(evaluation())
                .then().body("state", equalTo("submitted"))
                .body("questions.find { it.code == 'D2.2.2' }.answer.evidence", equalTo("Evidence for D2.2.2"))
                .extract().path("id");
        assertThat(publishedAnswers(evaluationId).get("D2.2.2").evidence()).isEqualTo("Evidence for D2.2.2");
    }

    @Test
    void savesRacingASubmitAreEitherInTheSubmissionOrRefusedNeverLost() throws Exception {
        Rubrics.answerEverything(cycleId, GLASGOW);
        List<String> codes = List.of("D1.1.1", "D1.2.1", "D2.1.1", "D2.2.2", "D3.1.1", "D3.3.1", "D4.1.1", "D4.2.1",
                "D5.1.1", "D5.2.1", "D6.1.1", "D6.2.1");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> saves = new ArrayList<>();
        for (String code : codes) {
            saves.add(threads.submit(() -> {
                start.await();
                return save(code, "\"1\"", 1, "raced " + code).extract().response();
            }));
        }
        Future<Response> submit = threads.submit(() -> {
            start.await();
            return given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/submit")
                    .then().extract().response();
        });
        start.countDown();

        assertThat(submit.get().statusCode()).isEqualTo(200);
        Map<String, SelfEvaluationSubmittedV1.Answer> published = publishedAnswers(submit.get().path("id"));
        Response now = given().auth().oauth2(Tokens.viewer(GLASGOW)).get(evaluation());
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Response save = saves.get(i).get();
            assertThat(save.statusCode()).as("save of " + code).isIn(200, 409);
            String expected = save.statusCode() == 200 ? "raced " + code : "Evidence for " + code;
            assertThat(published.get(code).evidence()).as("submitted answer to " + code).isEqualTo(expected);
            assertThat(now.<String>path("questions.find { it.code == '" + code + "' }.answer.evidence"))
                    .as("stored answer to " + code).isEqualTo(expected);
        }
    }

    @Test
    void editorsMakingTheCouncilsFirstSavesAtOnceAllSucceedInOneEvaluation() throws Exception {
        List<String> codes = List.of("D1.1.1", "D1.2.1", "D2.1.1", "D3.1.1", "D4.1.1", "D5.1.1");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> saves = new ArrayList<>();
        for (String code : codes) {
            saves.add(threads.submit(() -> {
                start.await();
                return save(code, "\"0\"", 4, "first of " + code).extract().response();
            }));
        }
        start.countDown();

        for (Future<Response> save : saves) {
            assertThat(save.get().statusCode()).as(save.get().asString()).isEqualTo(200);
        }
        given().auth().oauth2(Tokens.viewer(GLASGOW)).get(evaluation()).then().statusCode(200)
                .header("ETag", "\"" + codes.size() + "\"")
                .body("progress.answered", equalTo(codes.size()));
        assertThat(Stored.count("SELECT count(*) FROM self_evaluation WHERE cycle_id = ?", UUID.fromString(cycleId)))
                .isEqualTo(1);
    }

    @Test
    void editorsRacingToSaveTheSameAnswerGetOneSuccessAndTheRestRefusedWithNothingHalfWritten() throws Exception {
        save("D1.1.1", "\"0\"", 3, "the evaluation exists").statusCode(200);
        for (int round = 1; round <= 2; round++) {
            String ifMatch = "\"" + (round - 1) + "\"";
            int level = 1 + round;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> racing = new ArrayList<>();
            for (int editor = 0; editor < 6; editor++) {
                String evidence = "round " + round + " by editor " + editor;
                racing.add(threads.submit(() -> {
                    start.await();
                    return save("D2.1.1", ifMatch, level, evidence).extract().response();
                }));
            }
            start.countDown();

            List<Response> won = new ArrayList<>();
            for (Future<Response> future : racing) {
                Response response = future.get();
                assertThat(response.statusCode()).as(response.asString()).isIn(200, 409, 412);
                assertThat(response.contentType()).startsWith(response.statusCode() == 200 ? "application/json"
                        : "application/problem+json");
                if (response.statusCode() == 200) {
                    won.add(response);
                } else if (response.statusCode() == 412) {
                    assertThat(response.<Integer>path("current.version")).isEqualTo(round);
                }
            }
            assertThat(won).as("saves that won round " + round).hasSize(1);
            String winner = won.get(0).path("evidence");
            assertThat(won.get(0).<Integer>path("version")).isEqualTo(round);
            given().auth().oauth2(Tokens.viewer(GLASGOW)).get(evaluation()).then()
                    .body("questions.find { it.code == 'D2.1.1' }.answer.version", equalTo(round))
                    .body("questions.find { it.code == 'D2.1.1' }.answer.evidence", equalTo(winner));
            assertThat(Stored.audit(UUID.fromString(cycleId), GLASGOW, "answer.saved").stream()
                    .filter(entry -> "D2.1.1".equals(entry.questionCode)).count())
                    .as("audit rows of D2.1.1 after round " + round).isEqualTo(round);
        }
    }

    /** An editor's save of {@code code}, held open inside its transaction until {@code release}. */
    private Future<?> holdSave(String code, long expected, int level, String evidence, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch saved = new CountDownLatch(1);
        Future<?> held = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            evaluations.save(UUID.fromString(cycleId), GLASGOW, code, ETags.IfMatch.of(expected),
                    new AnswerContent(level, false, null, evidence, null, null, null), "held-editor");
            saved.countDown();
            awaitQuietly(release);
        }));
        saved.await();
        return held;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until PostgreSQL shows a statement waiting for a row another transaction holds. */
    private static void awaitSomeoneWaitingForALock() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Stored.count("SELECT count(*) FROM pg_locks WHERE NOT granted") > 0);
    }

    private static Map<String, SelfEvaluationSubmittedV1.Answer> publishedAnswers(String evaluationId) {
        List<CloudEvent> events = TestKafka.events(Topics.SELF_EVALUATIONS, evaluationId, 1);
        assertThat(events).hasSize(1);
        return EventCodec.data(events.get(0), Events.SELF_EVALUATION_SUBMITTED).answers().stream()
                .collect(Collectors.toMap(SelfEvaluationSubmittedV1.Answer::questionCode, Function.identity()));
    }

    private io.restassured.response.ValidatableResponse save(String code, String ifMatch, int level,
            String evidence) {
        return given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(Rubrics.JSON.createObjectNode().put("level", level).put("evidence", evidence).toString())
                .when().put(evaluation() + "/answers/" + code).then();
    }

    private String evaluation() {
        return "/cycles/" + cycleId + "/evaluations/" + GLASGOW;
    }
}
