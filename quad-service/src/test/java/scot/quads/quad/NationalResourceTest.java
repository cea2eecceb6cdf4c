package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class NationalResourceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);
    private static final LocalDate LAST_WEEK = LocalDate.now().minusWeeks(1);

    /**
     * A revealed quad and five councils outside it. 1.1.1 is graded by all nine (five of them outside the quad, so a
     * member sees its distribution); 1.1.2 by the quad's four (five say not applicable), so it is suppressed; 2.1.1
     * by the quad only.
     */
    private record Setting(TestQuad quad, List<String> outside) {
    }

    @Test
    void aCouncilSeesTheCountsAtEachLevelAndWhereItAndItsQuadSit() {
        Setting setting = setting(true);
        TestQuad quad = setting.quad();

        Response seen = national(Tokens.editor(quad.member(0)), quad.cycleId(), null);

        seen.then().statusCode(200)
                .body("council", equalTo(quad.member(0)))
                .body("quadId", equalTo(quad.quadId()))
                .body("quadRevealed", equalTo(true))
                .body("fewestCouncils", equalTo(5))
                .body("councilsSubmitted", equalTo(9))
                .body("questions.questionCode", contains("1.1.1", "1.1.2", "2.1.1"))
                // 1.1.1: quad 2, 4, 4, 5 and outside 6, 6, 6, 6, 6.
                .body("questions[0].suppressed", equalTo(false))
                .body("questions[0].councilsGraded", equalTo(9))
                .body("questions[0].distribution.level", contains(6, 5, 4, 3, 2, 1))
                .body("questions[0].distribution.councils", contains(5, 1, 2, 0, 1, 0))
                .body("questions[0].distribution[0].label", equalTo("Excellent"))
                .body("questions[0].median", equalTo(6.0f))
                .body("questions[0].councilLevel", equalTo(2))
                .body("questions[0].councilNotApplicable", equalTo(false))
                .body("questions[0].quadMedian", equalTo(4.0f))
                // 1.1.2: four levels and five not applicable: too few.
                .body("questions[1].suppressed", equalTo(true))
                .body("questions[1].councilsGraded", equalTo(4))
                .body("questions[1].notApplicable", equalTo(5))
                .body("questions[1].distribution", nullValue())
                .body("questions[1].median", nullValue())
                .body("questions[1].councilLevel", equalTo(3))
                .body("questions[2].suppressed", equalTo(true));
        assertThat(seen.asString()).doesNotContain(setting.outside().get(0), setting.outside().get(1), "Council ");
    }

    @Test
    void beforeTheRevealACouncilSeesOnlyItsOwnLevelsAndAdesSeesTheCounts() {
        Setting setting = setting(false, NEXT_MONTH);
        TestQuad quad = setting.quad();

        Response seen = national(Tokens.viewer(quad.member(0)), quad.cycleId(), quad.member(0));

        seen.then().statusCode(200)
                .body("quadRevealed", equalTo(false))
                .body("questions[0].suppressed", equalTo(true))
                .body("questions[0].suppressedBecause", containsString("deadline"))
                .body("questions[0].councilsGraded", nullValue())
                .body("questions[0].distribution", nullValue())
                .body("questions[0].median", nullValue())
                .body("questions[0].councilLevel", equalTo(2))
                .body("questions[0].quadMedian", nullValue());
        national(Tokens.ades(), quad.cycleId(), null).then().statusCode(200)
                .body("questions[0].suppressed", equalTo(false))
                .body("questions[0].councilsGraded", equalTo(9));
    }

    @Test
    void beforeTheDeadlineARevealedQuadSeesTheCounts() {
        TestQuad quad = setting(true, NEXT_MONTH).quad();

        national(Tokens.editor(quad.member(0)), quad.cycleId(), null).then().statusCode(200)
                .body("quadRevealed", equalTo(true))
                .body("questions[0].suppressed", equalTo(false))
                .body("questions[0].councilsGraded", equalTo(9))
                .body("questions[0].quadMedian", equalTo(4.0f));
    }

    @Test
    void adesMayAskForAnyCouncilOrNone() {
        Setting setting = setting(true);
        TestQuad quad = setting.quad();

        national(Tokens.ades(), quad.cycleId(), setting.outside().get(0)).then().statusCode(200)
                .body("council", equalTo(setting.outside().get(0)))
                .body("quadId", nullValue())
                .body("questions[0].councilLevel", equalTo(6))
                .body("questions[0].quadMedian", nullValue());
        national(Tokens.ades(), quad.cycleId(), quad.member(1)).then().statusCode(200)
                .body("questions[0].quadMedian", equalTo(4.0f));
        national(Tokens.ades(), quad.cycleId(), null).then().statusCode(200)
                .body("council", nullValue())
                .body("questions[0].distribution.councils", contains(5, 1, 2, 0, 1, 0))
                .body("questions[0].councilLevel", nullValue());
    }

    @Test
    void atFiveCouncilsFourOfThemItsQuadAMemberCannotReadOffTheFifthsLevel() {
        TestQuad quad = TestQuad.of(4, LAST_WEEK, "all-submitted-or-deadline");
        quad.submit(0, 2, 3, 4, "a");
        quad.submit(1, 4, 4, 4, "b");
        quad.submit(2, 4, 5, 4, "c");
        quad.submit(3, 5, 6, 4, "d");
        String outsider = Feed.councils(1).get(0);
        Feed.submit(quad.cycleId(), outsider, quad.versionId(), List.of(Feed.graded("1.1.1", 6, "out")));

        national(Tokens.editor(quad.member(0)), quad.cycleId(), null).then().statusCode(200)
                .body("quadRevealed", equalTo(true))
                .body("questions[0].councilsGraded", equalTo(5))
                .body("questions[0].suppressed", equalTo(true))
                .body("questions[0].suppressedBecause", containsString("outside your quad"))
                .body("questions[0].distribution", nullValue())
                .body("questions[0].median", nullValue())
                .body("questions[0].councilLevel", equalTo(2))
                .body("questions[0].quadMedian", equalTo(4.0f));
        // The outsider knows only its own level, but four others are still fewer than five.
        national(Tokens.viewer(outsider), quad.cycleId(), null).then().statusCode(200)
                .body("questions[0].suppressed", equalTo(true))
                .body("questions[0].distribution", nullValue());
        national(Tokens.ades(), quad.cycleId(), null).then().statusCode(200)
                .body("questions[0].suppressed", equalTo(false))
                .body("questions[0].distribution.councils", contains(1, 1, 2, 0, 1, 0));
    }

    @Test
    void aCouncilMayOnlyAskForItselfAndStrangersAreRefused() {
        Setting setting = setting(true);
        TestQuad quad = setting.quad();

        national(Tokens.editor(quad.member(0)), quad.cycleId(), quad.member(1)).then().statusCode(403)
                .contentType("application/problem+json");
        national(Tokens.editor(quad.member(0)), quad.cycleId(), setting.outside().get(0)).then().statusCode(403);
        national(Tokens.nobody(), quad.cycleId(), null).then().statusCode(403);
        national(Tokens.editor(quad.member(0)), UUID.randomUUID(), null).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/cycles/" + quad.cycleId() + "/national").then().statusCode(401);
    }

    private static Setting setting(boolean quadComplete) {
        return setting(quadComplete, LAST_WEEK);
    }

    private static Setting setting(boolean quadComplete, LocalDate deadline) {
        TestQuad quad = TestQuad.of(4, deadline, "all-submitted-or-deadline");
        quad.submit(0, 2, 3, 4, "a");
        if (quadComplete) {
            quad.submit(1, 4, 4, 4, "b");
        }
        quad.submit(2, 4, 5, 4, "c");
        quad.submit(3, 5, 6, 4, "d");
        List<String> outside = Feed.councils(5);
        for (String council : outside) {
            Feed.submit(quad.cycleId(), council, quad.versionId(), List.of(Feed.graded("1.1.1", 6, "out"),
                    Feed.notApplicable("1.1.2", "Not here")));
        }
        if (!quadComplete) {
            // A ninth grading of 1.1.1, from outside the quad, keeps the count at nine.
            Feed.submit(quad.cycleId(), Feed.councils(1).get(0), quad.versionId(),
                    List.of(Feed.graded("1.1.1", 1, "out")));
        }
        return new Setting(quad, outside);
    }

    private static Response national(String token, UUID cycleId, String council) {
        var request = given().auth().oauth2(token);
        if (council != null) {
            request = request.queryParam("council", council);
        }
        return request.when().get("/cycles/" + cycleId + "/national");
    }
}
