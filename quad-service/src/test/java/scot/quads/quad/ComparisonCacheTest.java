package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.quad.comparison.ComparisonCache;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * The comparison is served from a cache, and still every change is visible on the next read after it is
 * projected, whoever asks: a repeated read is a cache hit, but a submission, return, recall, quad change, council
 * rename or a change written by another replica is never hidden behind a cached copy, and one caller's cached
 * view is never shown to a caller who may see less.
 */
@QuarkusTest
@QuadsTestStack
class ComparisonCacheTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ComparisonCache cache;

    @Test
    void aRepeatedReadIsServedFromTheCacheWithTheSameBody() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "on-submission");
        quad.submit(0, 4, 5, 6, "cached");

        String first = comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();
        long hits = cache.hits();
        String second = comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString();

        assertThat(cache.hits()).isGreaterThan(hits);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void asLevelsOnlyTheComparisonHasTheSameLevelsWithoutAnyWordsAndIsKeptApartFromTheWhole() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "on-submission");
        quad.submit(0, 4, 5, 6, "worded");
        String editor = Tokens.editor(quad.member(1));

        comparison(editor, quad).then().statusCode(200)
                .body("questions[0].answers[0].evidence", equalTo("Evidence worded"));
        given().auth().oauth2(editor).queryParam("answers", "levels")
                .when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(200)
                .body("questions.collect { it.answers[0].level }", contains(4, 5, 6))
                .body("questions[0].answers[0].levelLabel", equalTo(
                        comparison(editor, quad).then().extract().path("questions[0].answers[0].levelLabel")))
                .body("questions[0].answers[0].evidence", equalTo(null))
                .body("questions[0].answers[0].nextSteps", equalTo(null))
                .body("flags", org.hamcrest.Matchers.notNullValue());
        // Read whole again after the levels: the words are still there (the two are cached apart).
        comparison(editor, quad).then().statusCode(200)
                .body("questions[0].answers[0].evidence", equalTo("Evidence worded"));

        given().auth().oauth2(editor).queryParam("answers", "everything")
                .when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", equalTo("must be words or levels"));
    }

    @Test
    void aResubmissionIsShownOnTheNextRead() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "on-submission");
        UUID evaluation = quad.submit(0, 2, 2, 2, "first");
        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("questions[0].answers[0].level", equalTo(2));

        Feed.send(Feed.submissionEvent(evaluation, quad.cycleId(), quad.member(0), quad.versionId(),
                TestQuad.answers(5, 5, 5, "second")));
        await().atMost(PATIENCE).until(() -> Feed.tx(
                () -> Stored.submission(evaluation).answers.get(0).level() == 5));

        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("questions[0].answers[0].level", equalTo(5))
                .body("questions[0].answers[0].evidence", equalTo("Evidence second"));
    }

    @Test
    void aReturnedEvaluationIsHiddenOnTheNextRead() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        UUID returned = quad.submit(0, 4, 4, 4, "a");
        quad.submit(1, 4, 4, 4, "b");
        quad.submit(2, 4, 4, 4, "c");
        quad.submit(3, 4, 4, 4, "d");
        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(true));

        Feed.send(Feed.returnedEvent(returned, quad.cycleId(), quad.member(0), now()));
        awaitWithdrawn(returned);

        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(false))
                .body("members.submitted", contains(false, true, true, true))
                .body("$", not(hasKey("questions")));
    }

    @Test
    void aRecalledEvaluationIsHiddenOnTheNextRead() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "on-submission");
        UUID recalled = quad.submit(0, 3, 3, 3, "recalled");
        quad.submit(1, 5, 5, 5, "kept");
        comparison(Tokens.editor(quad.member(2)), quad).then().statusCode(200)
                .body("members.answersShown", contains(true, true, false, false));

        Feed.send(Feed.recalledEvent(recalled, quad.cycleId(), quad.member(0), now()));
        awaitWithdrawn(recalled);

        comparison(Tokens.editor(quad.member(2)), quad).then().statusCode(200)
                .body("members.answersShown", contains(false, true, false, false))
                .body("questions[0].answers.councilCode", contains(quad.member(1)));
    }

    @Test
    void aChangeToTheQuadIsShownOnTheNextReadAndALeavingMemberIsRefused() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "on-submission");
        quad.submit(0, 4, 4, 4, "a");
        String joining = Feed.councils(1).get(0);
        comparison(Tokens.editor(quad.member(3)), quad).then().statusCode(200);
        comparison(Tokens.ades(), quad).then().statusCode(200);

        String etag = given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId())
                .then().statusCode(200).extract().header("ETag");
        List<String> members = List.of(quad.member(0), quad.member(1), quad.member(2), joining);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(QuadResourceTest.body("Renamed quad", members))
                .when().put("/quads/" + quad.quadId()).then().statusCode(200);

        comparison(Tokens.editor(quad.member(3)), quad).then().statusCode(403)
                .contentType("application/problem+json");
        comparison(Tokens.editor(joining), quad).then().statusCode(200)
                .body("quad.name", equalTo("Renamed quad"))
                .body("members.code", contains(quad.member(0), quad.member(1), quad.member(2), joining));
        comparison(Tokens.ades(), quad).then().statusCode(200)
                .body("quad.name", equalTo("Renamed quad"));
    }

    @Test
    void aDissolvedQuadIsGoneOnTheNextRead() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "on-submission");
        comparison(Tokens.ades(), quad).then().statusCode(200);
        comparison(Tokens.editor(quad.member(0)), quad).then().statusCode(200);

        String etag = given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId()).header("ETag");
        given().auth().oauth2(Tokens.ades()).header("If-Match", etag).when().delete("/quads/" + quad.quadId())
                .then().statusCode(204);

        comparison(Tokens.ades(), quad).then().statusCode(404);
        comparison(Tokens.editor(quad.member(0)), quad).then().statusCode(403);
    }

    @Test
    void aCouncilRenamedAfterACachedReadShowsItsNewName() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "on-submission");
        comparison(Tokens.editor(quad.member(0)), quad).then().statusCode(200)
                .body("members[1].name", equalTo("Council " + quad.member(1)));

        Feed.council(quad.member(1), "Renamed " + quad.member(1), true);
        await().atMost(PATIENCE).until(() -> Feed.tx(
                () -> ("Renamed " + quad.member(1)).equals(Stored.council(quad.member(1)).name)));

        comparison(Tokens.editor(quad.member(0)), quad).then().statusCode(200)
                .body("members[1].name", equalTo("Renamed " + quad.member(1)));
    }

    @Test
    void aChangeWrittenByAnotherReplicaIsShownOnTheNextRead() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "on-submission");
        UUID evaluation = quad.submit(0, 2, 2, 2, "here");
        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("questions[0].answers[0].level", equalTo(2));

        // As another replica's consumer would: the database changes, this process is told nothing.
        Feed.tx(() -> {
            Submission submission = Stored.submission(evaluation);
            submission.answers = TestQuad.answers(6, 6, 6, "elsewhere").stream()
                    .map(a -> new Submission.Answer(a.questionCode(), a.level(), false, null, a.evidence(),
                            a.strengths(), a.areasForImprovement(), a.nextSteps()))
                    .toList();
            submission.updatedAt = now();
            Stored.save(submission);
            return null;
        });

        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("questions[0].answers[0].level", equalTo(6))
                .body("questions[0].answers[0].evidence", equalTo("Evidence elsewhere"));
    }

    @Test
    void whatAdesSeesIsNeverServedToAMember() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        quad.submit(0, 6, 6, 6, "secret");
        String outsider = Feed.councils(1).get(0);

        comparison(Tokens.ades(), quad).then().statusCode(200)
                .body("questions[0].answers.level", contains(6));
        comparison(Tokens.ades(), quad).then().statusCode(200);

        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(false))
                .body("members.answersShown", contains(false, false, false, false))
                .body("$", not(hasKey("questions")));
        comparison(Tokens.viewer(quad.member(0)), quad).then().statusCode(200)
                .body("$", not(hasKey("questions")));
        comparison(Tokens.editor(outsider), quad).then().statusCode(403);
        given().when().get("/quads/" + quad.quadId() + "/comparison").then().statusCode(401);
        comparison(Tokens.ades(), quad).then().statusCode(200)
                .body("questions[0].answers.level", contains(6))
                .body("members.answersShown", contains(true, false, false, false));
    }

    private static void awaitWithdrawn(UUID evaluation) {
        await().atMost(PATIENCE).until(() -> Feed.tx(
                () -> Stored.submission(evaluation).withdrawnAt != null));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Response comparison(String token, TestQuad quad) {
        return given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/comparison");
    }
}
