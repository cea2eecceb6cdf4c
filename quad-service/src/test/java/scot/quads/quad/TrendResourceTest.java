package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.RubricVersionPublishedV1.Indicator;
import scot.quads.contract.payload.RubricVersionPublishedV1.Question;
import scot.quads.contract.payload.RubricVersionPublishedV1.Theme;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class TrendResourceTest {

    /** Last year's cycle on Feed's version; this year's on a version descended from it. */
    private record TwoYears(String council, UUID lastYear, UUID thisYear) {
    }

    @Test
    void aCouncilSeesItsLevelsAcrossCyclesFollowingLineageAndNothingJoinedThatIsNotComparable() {
        TwoYears years = twoYears();

        given().auth().oauth2(Tokens.viewer(years.council())).when().get("/councils/" + years.council() + "/trend")
                .then().statusCode(200)
                .body("council", equalTo(years.council()))
                .body("cycles.cycleId", contains(years.lastYear().toString(), years.thisYear().toString()))
                .body("questions.questionCode", contains("1.1.1", "1.1.2a", "2.1.1", "3.1.1"))
                // reworded: comparable, last year's level shown under its old code
                .body("questions[0].points.comparable", contains(true, true))
                .body("questions[0].points.level", contains(2, 4))
                .body("questions[0].points[0].levelLabel", equalTo("Weak"))
                .body("questions[0].points[0].note", containsString("Reworded"))
                // split: not comparable, no level joined
                .body("questions[1].points.comparable", contains(false, true))
                .body("questions[1].points[0].level", nullValue())
                .body("questions[1].points[0].note", containsString("split from 1.1.2"))
                .body("questions[1].points[1].level", equalTo(5))
                // same
                .body("questions[2].points.level", contains(3, 3))
                // new
                .body("questions[3].points.comparable", contains(false, true))
                .body("questions[3].points[0].note", containsString("new"))
                .body("questions[3].points[1].notApplicable", equalTo(true));
    }

    @Test
    void onlyTheCouncilItselfAndAdesMaySeeItsTrend() {
        TwoYears years = twoYears();
        String other = Feed.councils(1).get(0);

        given().auth().oauth2(Tokens.ades()).when().get("/councils/" + years.council() + "/trend")
                .then().statusCode(200).body("cycles", org.hamcrest.Matchers.hasSize(2));
        given().auth().oauth2(Tokens.editor(other)).when().get("/councils/" + years.council() + "/trend")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.nobody()).when().get("/councils/" + years.council() + "/trend")
                .then().statusCode(403);
        given().when().get("/councils/" + years.council() + "/trend").then().statusCode(401);
        given().auth().oauth2(Tokens.editor(other)).when().get("/councils/" + other + "/trend")
                .then().statusCode(200).body("cycles", empty()).body("questions", empty());
    }

    @Test
    void aCouncilsOwnUsersReachItsTrendByItsOlderCode() {
        TwoYears years = twoYears();
        String older = "S98" + years.council().substring(3);
        TestKafka.send(Topics.COUNCILS, years.council(), EventCodec.event(Events.COUNCIL_UPDATED,
                "/authority-service", years.council(), new CouncilV1(years.council(), "Council " + years.council(),
                        null, older, "Test Collaborative", 2, 3, true)));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Feed.tx(() -> older.equals(Stored.council(years.council()).legacyGssCode)));

        given().auth().oauth2(Tokens.viewer(years.council())).when().get("/councils/" + older + "/trend")
                .then().statusCode(200)
                .body("council", equalTo(years.council()))
                .body("cycles", org.hamcrest.Matchers.hasSize(2));
        String other = Feed.councils(1).get(0);
        given().auth().oauth2(Tokens.viewer(other)).when().get("/councils/" + older + "/trend")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aReturnedEvaluationLeavesTheTrend() {
        TwoYears years = twoYears();
        UUID evaluation = UUID.randomUUID();
        UUID cycle = Feed.cycle(Feed.rubricVersion(), LocalDate.now().plusYears(1), "all-submitted-or-deadline");
        Feed.send(Feed.submissionEvent(evaluation, cycle, years.council(), null, TestQuad.answers(1, 1, 1, "x"),
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)));
        Feed.awaitSubmission(evaluation);
        Feed.send(Feed.returnedEvent(evaluation, cycle, years.council(), OffsetDateTime.now(ZoneOffset.UTC)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(
                () -> ReadModelTest.levelRows(cycle, years.council()) == 0);

        given().auth().oauth2(Tokens.editor(years.council())).when().get("/councils/" + years.council() + "/trend")
                .then().statusCode(200)
                .body("cycles.cycleId", contains(years.lastYear().toString(), years.thisYear().toString()));
    }

    @Test
    void aTrendShowsTheLatestCyclesOnlyNewestLastAndSaysHowManyEarlierOnesWereLeftOut() {
        String council = Feed.councils(1).get(0);
        UUID version = Feed.rubricVersion();
        List<String> cycles = new ArrayList<>();
        for (int yearsAgo = 7; yearsAgo >= 1; yearsAgo--) {
            UUID cycle = Feed.cycle(version, LocalDate.now().minusYears(yearsAgo), "all-submitted-or-deadline");
            Feed.submit(cycle, council, version, TestQuad.answers(1 + yearsAgo % 6, 3, 4, yearsAgo + " years ago"));
            cycles.add(cycle.toString());
        }

        given().auth().oauth2(Tokens.viewer(council)).when().get("/councils/" + council + "/trend")
                .then().statusCode(200)
                .body("cycles.cycleId", contains(cycles.subList(2, 7).toArray()))
                .body("earlierCyclesLeftOut", equalTo(2))
                .body("questions[0].points.cycleId", contains(cycles.subList(2, 7).toArray()))
                .body("questions[0].points.level", contains(6, 5, 4, 3, 2));
    }

    @Test
    void aTrendWithinTheLimitLeavesNothingOut() {
        TwoYears years = twoYears();

        given().auth().oauth2(Tokens.ades()).when().get("/councils/" + years.council() + "/trend")
                .then().statusCode(200).body("cycles", org.hamcrest.Matchers.hasSize(2))
                .body("earlierCyclesLeftOut", equalTo(0));
    }

    private static TwoYears twoYears() {
        String council = Feed.councils(1).get(0);
        UUID v1 = Feed.rubricVersion();
        UUID lastYear = Feed.cycle(v1, LocalDate.now().minusYears(1), "all-submitted-or-deadline");
        UUID v2 = UUID.randomUUID();
        Feed.publishRubricVersion(v2, v1, 2, List.of(
                new Theme("1", "Outcomes", List.of(new Indicator("QI 1.1", "Improvements", List.of(
                        new Question("1.1.1", "How well are we raising attainment for every learner?", false,
                                "reworded", List.of("1.1.1")),
                        new Question("1.1.2a", "How well are we closing the gap in literacy?", true, "split-from",
                                List.of("1.1.2")))))),
                new Theme("2", "Stakeholders", List.of(new Indicator("QI 2.1", "Learners", List.of(
                        new Question("2.1.1", "How well do learners progress?", false, "same", List.of("2.1.1")))))),
                new Theme("3", "Capacity", List.of(new Indicator("QI 3.1", "Capacity", List.of(
                        new Question("3.1.1", "How well do we plan ahead?", true, "new", List.of())))))));
        UUID thisYear = Feed.cycle(v2, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        Feed.submit(lastYear, council, v1, TestQuad.answers(2, 6, 3, "last"));
        Feed.submit(thisYear, council, v2, List.of(Feed.graded("1.1.1", 4, "now"), Feed.graded("1.1.2a", 5, "now"),
                Feed.graded("2.1.1", 3, "now"), Feed.notApplicable("3.1.1", "Not yet")));
        return new TwoYears(council, lastYear, thisYear);
    }
}
