package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.payload.RubricVersionPublishedV1.Indicator;
import scot.quads.contract.payload.RubricVersionPublishedV1.Question;
import scot.quads.contract.payload.RubricVersionPublishedV1.Theme;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** The projections fed from the real broker: returned and recalled evaluations, and question lineage. */
@QuarkusTest
@QuadsTestStack
class ReadModelTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aReturnedEvaluationDisappearsFromPartnersUntilItIsSubmittedAgain() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        UUID first = quad.submit(0, 6, 6, 6, "first-a");
        for (int i = 1; i < 4; i++) {
            quad.submit(i, 3, 3, 3, "m" + i);
        }
        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(true));

        OffsetDateTime returnedAt = now();
        Feed.send(Feed.returnedEvent(first, quad.cycleId(), quad.member(0), returnedAt));
        awaitWithdrawn(first);

        Response hidden = comparison(Tokens.editor(quad.member(1)), quad);
        hidden.then().statusCode(200)
                .body("reveal.revealed", equalTo(false))
                .body("members.submitted", contains(false, true, true, true))
                .body("$", not(hasKey("questions")));
        assertThat(hidden.asString()).doesNotContain("first-a");
        comparison(Tokens.ades(), quad).then().statusCode(200)
                .body("members.answersShown", contains(false, true, true, true));
        assertThat(levelRows(quad.cycleId(), quad.member(0))).isZero();

        Feed.send(Feed.submissionEvent(first, quad.cycleId(), quad.member(0), quad.versionId(),
                TestQuad.answers(5, 5, 5, "second-a"), returnedAt.plusSeconds(60)));
        await().atMost(PATIENCE).until(() -> Feed.tx(() -> Stored.submission(first).shown()));

        Response again = comparison(Tokens.editor(quad.member(1)), quad);
        again.then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("questions[0].answers[0].level", equalTo(5))
                .body("questions[0].answers[0].evidence", equalTo("Evidence second-a"));
        assertThat(again.asString()).doesNotContain("first-a");
        assertThat(levelRows(quad.cycleId(), quad.member(0))).isEqualTo(3);
    }

    @Test
    void aRecallArrivingBeforeItsSubmissionStillHidesItAndRepeatsChangeNothing() {
        TestQuad quad = TestQuad.of(3, NEXT_MONTH, "on-submission");
        UUID evaluation = UUID.randomUUID();
        OffsetDateTime submittedAt = now().minusMinutes(10);
        CloudEvent recall = Feed.recalledEvent(evaluation, quad.cycleId(), quad.member(0), submittedAt.plusMinutes(5));
        Feed.send(recall);
        Feed.send(recall);
        awaitWithdrawn(evaluation);
        CloudEvent submission = Feed.submissionEvent(evaluation, quad.cycleId(), quad.member(0), quad.versionId(),
                TestQuad.answers(4, 4, 4, "recalled-a"), submittedAt);
        Feed.send(submission);
        Feed.send(submission);
        await().atMost(PATIENCE).until(() -> Feed.tx(
                () -> Stored.submission(evaluation).submittedAt != null));

        Response seen = comparison(Tokens.editor(quad.member(1)), quad);
        seen.then().statusCode(200)
                .body("reveal.revealed", equalTo(false))
                .body("members.submitted", contains(false, false, false));
        assertThat(seen.asString()).doesNotContain("recalled-a");
        assertThat(levelRows(quad.cycleId(), quad.member(0))).isZero();

        // An older return arriving late does not hide a later resubmission.
        Feed.send(Feed.submissionEvent(evaluation, quad.cycleId(), quad.member(0), quad.versionId(),
                TestQuad.answers(2, 2, 2, "resubmitted-a"), submittedAt.plusMinutes(8)));
        await().atMost(PATIENCE).until(() -> Feed.tx(() -> Stored.submission(evaluation).shown()));
        Feed.send(Feed.returnedEvent(evaluation, quad.cycleId(), quad.member(0), submittedAt.plusMinutes(1)));
        Feed.submit(quad.cycleId(), quad.member(2), quad.versionId(), TestQuad.answers(1, 1, 1, "c"));

        comparison(Tokens.editor(quad.member(1)), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("members.answersShown", contains(true, false, true))
                .body("questions[0].answers.level", contains(2, 1));
        assertThat(Feed.tx(() -> Stored.submission(evaluation).withdrawnHow)).isEqualTo("recalled");
    }

    @Test
    void aPublishedVersionKeepsWhatItWasBasedOnAndEachQuestionsLineage() {
        UUID older = Feed.rubricVersion();
        UUID newer = UUID.randomUUID();
        Feed.publishRubricVersion(newer, older, 2, List.of(new Theme("1", "Outcomes", List.of(
                new Indicator("QI 1.1", "Improvements", List.of(
                        new Question("1.1.1", "How well are we raising attainment for all?", false, "reworded",
                                List.of("1.1.1")),
                        new Question("1.1.2a", "Poverty-related gap in literacy", false, "split-from",
                                List.of("1.1.2")),
                        new Question("1.1.9", "Something new", false, "new", List.of())))))));

        RubricVersion kept = Feed.tx(() -> Stored.rubricVersion(newer));
        assertThat(kept.basedOnVersionId).isEqualTo(older);
        assertThat(kept.questions).extracting(RubricVersion.Question::lineage)
                .containsExactly("reworded", "split-from", "new");
        assertThat(kept.questions.get(1).derivedFrom()).containsExactly("1.1.2");
        assertThat(kept.questions.get(2).derivedFrom()).isEmpty();
        RubricVersion old = Feed.tx(() -> Stored.rubricVersion(older));
        assertThat(old.basedOnVersionId).isNull();
        assertThat(old.questions.get(0).lineage()).isNull();
        assertThat(old.questions.get(0).derivedFrom()).isEmpty();
    }

    static long levelRows(UUID cycleId, String council) {
        return Feed.tx(() -> Stored.database()
                .count("SELECT count(*) AS level_rows FROM answer_level WHERE cycle_id = ? AND council_code = ?",
                        "level_rows", cycleId, council));
    }

    private static void awaitWithdrawn(UUID evaluation) {
        await().atMost(PATIENCE).until(() -> Feed.tx(() -> {
            Submission submission = Stored.submission(evaluation);
            return submission != null && submission.withdrawnAt != null;
        }));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    static Response comparison(String token, TestQuad quad) {
        return given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/comparison");
    }
}
