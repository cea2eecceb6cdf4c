package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static scot.quads.quad.Feed.graded;
import static scot.quads.quad.Feed.notApplicable;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1.Answer;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class ComparisonResourceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);
    private static final LocalDate LAST_WEEK = LocalDate.now().minusWeeks(1);

    /** A cycle with its rubric version, four councils and their quad. */
    private record Quad4(UUID cycleId, UUID versionId, List<String> members, String quadId) {
        String a() {
            return members.get(0);
        }

        String b() {
            return members.get(1);
        }

        String c() {
            return members.get(2);
        }

        String d() {
            return members.get(3);
        }
    }

    @Test
    void beforeEveryoneHasSubmittedMembersSeeWhoSubmittedButNoAnswers() {
        Quad4 quad = quad(NEXT_MONTH, "all-submitted-or-deadline");
        String marker = "secret-" + UUID.randomUUID();
        Feed.submit(quad.cycleId(), quad.a(), quad.versionId(), answers(5, 4, 3, marker + "-a"));
        Feed.submit(quad.cycleId(), quad.b(), quad.versionId(), answers(2, 6, 4, marker + "-b"));

        Response seen = comparison(Tokens.editor(quad.c()), quad);

        seen.then().statusCode(200)
                .body("reveal.revealed", equalTo(false))
                .body("reveal.reason", equalTo("waiting-for-submissions"))
                .body("reveal.explanation", containsString("2 of 4"))
                .body("reveal.revealsAt", notNullValue())
                .body("members.code", contains(quad.members().toArray()))
                .body("members.submitted", contains(true, true, false, false))
                .body("members[0].submittedAt", notNullValue())
                .body("members[2].submittedAt", nullValue())
                .body("members.answersShown", contains(false, false, false, false))
                .body("$", not(hasKey("questions")))
                .body("$", not(hasKey("scale")));
        assertThat(seen.asString()).doesNotContain(marker, "Evidence", "Excellent", "Very good", "level");

        String submitter = comparison(Tokens.viewer(quad.a()), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(false)).extract().asString();
        assertThat(submitter).doesNotContain(marker);
    }

    @Test
    void onceAllFourHaveSubmittedEveryMemberSeesTheAnswersWithTheirFigures() {
        Quad4 quad = quad(NEXT_MONTH, "all-submitted-or-deadline");
        Feed.submit(quad.cycleId(), quad.a(), quad.versionId(), answers(5, 4, 3, "a"));
        Feed.submit(quad.cycleId(), quad.b(), quad.versionId(), answers(2, 6, 4, "b"));
        Feed.submit(quad.cycleId(), quad.c(), quad.versionId(), List.of(graded("1.1.1", 4, "c"),
                notApplicable("1.1.2", "No such provision"), graded("2.1.1", 4, "c")));
        Feed.submit(quad.cycleId(), quad.d(), quad.versionId(), List.of(graded("1.1.1", 3, "d"),
                graded("1.1.2", 4, "d")));

        comparison(Tokens.viewer(quad.d()), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("reveal.reason", equalTo("all-submitted"))
                .body("reveal.revealedAt", notNullValue())
                .body("cycle.rubricVersionReceived", equalTo(true))
                .body("members.answersShown", contains(true, true, true, true))
                .body("scale.label", contains("Excellent", "Very good", "Good", "Satisfactory", "Weak",
                        "Unsatisfactory"))
                .body("questions.questionCode", contains("1.1.1", "1.1.2", "2.1.1"))
                .body("questions[0].themeCode", equalTo("1"))
                .body("questions[0].indicatorCode", equalTo("QI 1.1"))
                .body("questions[0].prompt", equalTo("How well are we raising attainment?"))
                .body("questions[2].themeCode", equalTo("2"))
                // 1.1.1: 5, 2, 4, 3
                .body("questions[0].answers.councilCode", contains(quad.members().toArray()))
                .body("questions[0].answers.level", contains(5, 2, 4, 3))
                .body("questions[0].answers.levelLabel", contains("Very good", "Weak", "Good", "Satisfactory"))
                .body("questions[0].answers[0].evidence", equalTo("Evidence a"))
                .body("questions[0].answers[1].strengths", equalTo("Strengths b"))
                .body("questions[0].answers[2].areasForImprovement", equalTo("Areas c"))
                .body("questions[0].answers[3].nextSteps", equalTo("Next steps d"))
                .body("questions[0].statistics.count", equalTo(4))
                .body("questions[0].statistics.median", equalTo(3.5f))
                .body("questions[0].statistics.min", equalTo(2))
                .body("questions[0].statistics.max", equalTo(5))
                .body("questions[0].statistics.range", equalTo(3))
                // 1.1.2: 4, 6, not applicable, 4
                .body("questions[1].answers[2].notApplicable", equalTo(true))
                .body("questions[1].answers[2].notApplicableReason", equalTo("No such provision"))
                .body("questions[1].answers[2].level", nullValue())
                .body("questions[1].statistics.count", equalTo(3))
                .body("questions[1].statistics.median", equalTo(4.0f))
                .body("questions[1].statistics.range", equalTo(2))
                .body("questions[1].statistics.notApplicable", equalTo(1))
                // 2.1.1: 3, 4, 4, and d gave no answer
                .body("questions[2].answers[3].answered", equalTo(false))
                .body("questions[2].statistics.count", equalTo(3))
                .body("questions[2].statistics.median", equalTo(4.0f))
                .body("questions[2].statistics.min", equalTo(3))
                .body("questions[2].statistics.missing", equalTo(1));
    }

    @Test
    void adesSeesSubmittedAnswersBeforeTheyAreRevealed() {
        Quad4 quad = quad(NEXT_MONTH, "all-submitted-or-deadline");
        Feed.submit(quad.cycleId(), quad.b(), quad.versionId(), answers(6, 5, 4, "early-b"));

        comparison(Tokens.ades(), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("reveal.reason", equalTo("ades"))
                .body("reveal.revealedToMembers", equalTo(false))
                .body("members.answersShown", contains(false, true, false, false))
                .body("questions[0].answers.councilCode", contains(quad.b()))
                .body("questions[0].answers[0].level", equalTo(6))
                .body("questions[0].answers[0].levelLabel", equalTo("Excellent"))
                .body("questions[0].answers[0].evidence", equalTo("Evidence early-b"))
                .body("questions[0].statistics.count", equalTo(1));
    }

    @Test
    void afterTheDeadlineMembersSeeWhateverWasSubmitted() {
        Quad4 quad = quad(LAST_WEEK, "all-submitted-or-deadline");
        Feed.submit(quad.cycleId(), quad.a(), quad.versionId(), answers(3, 3, 3, "late-a"));
        Feed.submit(quad.cycleId(), quad.c(), quad.versionId(), answers(6, 5, 1, "late-c"));

        comparison(Tokens.editor(quad.b()), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("reveal.reason", equalTo("deadline-passed"))
                .body("members.answersShown", contains(true, false, true, false))
                .body("questions[0].answers.councilCode", contains(quad.a(), quad.c()))
                .body("questions[0].statistics.median", equalTo(4.5f))
                .body("questions[2].statistics.range", equalTo(2));
    }

    @Test
    void onSubmissionShowsEachMemberAsSoonAsItHasSubmitted() {
        Quad4 quad = quad(NEXT_MONTH, "on-submission");
        Feed.submit(quad.cycleId(), quad.d(), quad.versionId(), answers(4, 4, 4, "prompt-d"));

        Response seen = comparison(Tokens.editor(quad.a()), quad);

        seen.then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("reveal.reason", equalTo("on-submission"))
                .body("members.answersShown", contains(false, false, false, true))
                .body("questions[0].answers.councilCode", contains(quad.d()))
                .body("questions[0].answers[0].evidence", equalTo("Evidence prompt-d"));
    }

    @Test
    void afterDeadlineHidesEvenAFullSetUntilTheDeadline() {
        Quad4 quad = quad(NEXT_MONTH, "after-deadline");
        for (String member : quad.members()) {
            Feed.submit(quad.cycleId(), member, quad.versionId(), answers(4, 4, 4, "patient-" + member));
        }

        Response seen = comparison(Tokens.editor(quad.a()), quad);

        seen.then().statusCode(200)
                .body("reveal.revealed", equalTo(false))
                .body("reveal.reason", equalTo("waiting-for-deadline"))
                .body("members.submitted", contains(true, true, true, true))
                .body("$", not(hasKey("questions")));
        assertThat(seen.asString()).doesNotContain("patient-");
    }

    @Test
    void theSameSubmissionDeliveredTwiceCountsOnce() {
        Quad4 quad = quad(NEXT_MONTH, "all-submitted-or-deadline");
        UUID evaluation = UUID.randomUUID();
        CloudEvent submitted = Feed.submissionEvent(evaluation, quad.cycleId(), quad.a(), quad.versionId(),
                answers(6, 6, 6, "twice"));
        Feed.send(submitted);
        Feed.send(submitted);
        // The producer's relay may also send the same fact again under a new event id.
        Feed.send(Feed.submissionEvent(evaluation, quad.cycleId(), quad.a(), quad.versionId(),
                answers(6, 6, 6, "twice")));
        Feed.awaitSubmission(evaluation);
        for (String member : quad.members().subList(1, 4)) {
            Feed.submit(quad.cycleId(), member, quad.versionId(), answers(2, 2, 2, "once"));
        }

        comparison(Tokens.editor(quad.b()), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("questions[0].answers", hasSize(4))
                .body("questions[0].statistics.count", equalTo(4))
                .body("questions[0].statistics.median", equalTo(2.0f))
                .body("questions[0].statistics.max", equalTo(6));
        assertThat(Feed.tx(() -> Stored.submissionCount(quad.a()))).isEqualTo(1);
    }

    @Test
    void aResubmissionReplacesTheEarlierAnswers() {
        Quad4 quad = quad(NEXT_MONTH, "all-submitted-or-deadline");
        UUID evaluation = Feed.submit(quad.cycleId(), quad.a(), quad.versionId(), answers(2, 2, 2, "first"));
        CloudEvent resubmitted = Feed.submissionEvent(evaluation, quad.cycleId(), quad.a(), quad.versionId(),
                answers(5, 5, 5, "second"));
        Feed.send(resubmitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> Feed.tx(
                () -> Stored.submission(evaluation).answers.get(0).level() == 5));

        comparison(Tokens.ades(), quad).then().statusCode(200)
                .body("questions[0].answers[0].level", equalTo(5))
                .body("questions[0].answers[0].evidence", equalTo("Evidence second"));
    }

    @Test
    void aSubmissionArrivingBeforeItsRubricVersionShowsOnceTheVersionArrives() {
        UUID versionId = UUID.randomUUID();
        UUID cycleId = Feed.cycle(versionId, NEXT_MONTH, "all-submitted-or-deadline");
        List<String> members = Feed.councils(4);
        String quadId = formQuad(cycleId, members);
        for (String member : members) {
            Feed.submit(cycleId, member, versionId, answers(1, 2, 3, "early-" + member));
        }
        Quad4 quad = new Quad4(cycleId, versionId, members, quadId);

        comparison(Tokens.editor(members.get(0)), quad).then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("cycle.rubricVersionReceived", equalTo(false))
                .body("members.submitted", contains(true, true, true, true))
                .body("questions", empty());

        Feed.publishRubricVersion(versionId);
        await().atMost(Duration.ofSeconds(30)).until(() -> Feed.tx(() -> Stored.rubricVersion(versionId) != null));

        comparison(Tokens.editor(members.get(0)), quad).then().statusCode(200)
                .body("cycle.rubricVersionReceived", equalTo(true))
                .body("questions.questionCode", contains("1.1.1", "1.1.2", "2.1.1"))
                .body("questions[2].answers.level", contains(3, 3, 3, 3))
                .body("questions[2].answers[0].levelLabel", equalTo("Satisfactory"));
    }

    @Test
    void factsArrivingInAnyOrderAreJoinedWhenRead() {
        UUID versionId = UUID.randomUUID();
        UUID cycleId = UUID.randomUUID();
        List<String> members = List.of(Feed.newCouncilCode(), Feed.newCouncilCode(), Feed.newCouncilCode());
        List<UUID> evaluations = members.stream().map(member -> {
            UUID evaluation = UUID.randomUUID();
            Feed.send(Feed.submissionEvent(evaluation, cycleId, member, versionId, answers(4, 5, 6, member)));
            return evaluation;
        }).toList();
        evaluations.forEach(Feed::awaitSubmission);
        Feed.publishRubricVersion(versionId);
        TestKafka.send(Topics.CYCLES, cycleId.toString(),
                Feed.cycleEvent(cycleId, versionId, NEXT_MONTH, "all-submitted-or-deadline"));
        members.forEach(member -> Feed.council(member, "Late " + member, true));
        Feed.awaitCycle(cycleId);
        await().atMost(Duration.ofSeconds(30)).until(() -> Feed.tx(() -> Stored.rubricVersion(versionId) != null
                && members.stream().allMatch(m -> Stored.council(m) != null)));

        String quadId = formQuad(cycleId, members);

        comparison(Tokens.viewer(members.get(1)), new Quad4(cycleId, versionId, members, quadId))
                .then().statusCode(200)
                .body("reveal.reason", equalTo("all-submitted"))
                .body("members.name", contains("Late " + members.get(0), "Late " + members.get(1),
                        "Late " + members.get(2)))
                .body("questions[1].statistics.median", equalTo(5.0f));
    }

    @Test
    void aCouncilRenamedLaterShowsItsNewName() {
        Quad4 quad = quad(NEXT_MONTH, "all-submitted-or-deadline");
        Feed.council(quad.a(), "Renamed Council", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> Feed.tx(
                () -> "Renamed Council".equals(Stored.council(quad.a()).name)));

        comparison(Tokens.editor(quad.a()), quad).then().statusCode(200)
                .body("members[0].name", equalTo("Renamed Council"));
        given().auth().oauth2(Tokens.editor(quad.a())).when().get("/quads/" + quad.quadId())
                .then().body("members[0].name", equalTo("Renamed Council"));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndLaterSubmissionsStillArrive() {
        Quad4 quad = quad(NEXT_MONTH, "all-submitted-or-deadline");
        String key = "poison-" + UUID.randomUUID();
        TestKafka.send(Topics.SELF_EVALUATIONS, key, "{\"this is\": \"not an event\"}");

        Feed.submit(quad.cycleId(), quad.a(), quad.versionId(), answers(4, 4, 4, "after-poison"));

        List<ConsumerRecord<String, String>> dead = TestKafka.records(Topics.deadLetter("quad-service"),
                Duration.ofSeconds(20), seen -> seen.stream().anyMatch(r -> key.equals(r.key())));
        assertThat(dead).anyMatch(r -> key.equals(r.key()));
    }

    @Test
    void theComparisonNeedsASignedInMemberOrAdes() {
        Quad4 quad = quad(NEXT_MONTH, "all-submitted-or-deadline");
        String outsider = Feed.councils(1).get(0);

        given().when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(401).contentType("application/problem+json");
        comparison(Tokens.editor(outsider), quad).then().statusCode(403).contentType("application/problem+json");
        comparison(Tokens.nobody(), quad).then().statusCode(403);
        comparison(Tokens.viewer(quad.c()), quad).then().statusCode(200);
    }

    private static Quad4 quad(LocalDate deadline, String revealRule) {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, deadline, revealRule);
        List<String> members = Feed.councils(4);
        return new Quad4(cycleId, versionId, members, formQuad(cycleId, members));
    }

    private static String formQuad(UUID cycleId, List<String> members) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(QuadResourceTest.body("Quad " + UUID.randomUUID(), members))
                .when().post("/cycles/" + cycleId + "/quads")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static Response comparison(String token, Quad4 quad) {
        return given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/comparison");
    }

    private static List<Answer> answers(int q1, int q2, int q3,
            String marker) {
        return List.of(graded("1.1.1", q1, marker), graded("1.1.2", q2, marker), graded("2.1.1", q3, marker));
    }
}
