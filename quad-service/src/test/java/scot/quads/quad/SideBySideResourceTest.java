package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** The side-by-side comparison's summaries, flags and agenda, and who may read it. */
@QuarkusTest
@QuadsTestStack
class SideBySideResourceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Test
    void onceRevealedTheComparisonFlagsOutliersAndThinEvidenceAndRanksTheAgenda() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        // 1.1.1: 6, 3, 3, 3 (median 3: A is 3 above, and its evidence is thin); 1.1.2: 2, 4, 4, 5 (spread 3);
        // 2.1.1: all 4.
        quad.submit(0, 6, 2, 4, "a");
        quad.submit(1, 3, 4, 4, "b");
        quad.submit(2, 3, 4, 4, "c");
        Feed.submit(quad.cycleId(), quad.member(3), quad.versionId(), List.of(
                Feed.graded("1.1.1", 3, "d"), withEvidence("1.1.2", 5, "e".repeat(250)),
                Feed.graded("2.1.1", 4, "d")));

        ReadModelTest.comparison(Tokens.viewer(quad.member(1)), quad).then().statusCode(200)
                .body("flags.thinEvidenceBelow", equalTo(200))
                .body("flags.farFromMedian.questionCode", contains("1.1.1", "1.1.2"))
                .body("flags.farFromMedian.councilCode", contains(quad.member(0), quad.member(0)))
                .body("flags.farFromMedian[0].level", equalTo(6))
                .body("flags.farFromMedian[0].median", equalTo(3.0f))
                .body("flags.farFromMedian[0].direction", equalTo("above"))
                .body("flags.farFromMedian[1].direction", equalTo("below"))
                .body("flags.thinEvidence.councilCode", contains(quad.member(0)))
                .body("flags.thinEvidence[0].questionCode", equalTo("1.1.1"))
                .body("flags.thinEvidence[0].evidenceLength", equalTo("Evidence a".length()))
                .body("agenda.questionCode", contains("1.1.1", "1.1.2"))
                .body("agenda.rank", contains(1, 1))
                .body("agenda[0].spread", equalTo(3))
                .body("agenda[0].farFromMedian", contains(quad.member(0)))
                .body("indicators.code", contains("QI 1.1", "QI 2.1"))
                .body("indicators[0].themeCode", equalTo("1"))
                .body("indicators[0].questions", equalTo(2))
                .body("indicators[0].statistics.count", equalTo(8))
                .body("indicators[0].statistics.min", equalTo(2))
                .body("indicators[0].statistics.max", equalTo(6))
                .body("indicators[0].widestSpread", equalTo(3))
                .body("indicators[0].members[0].councilCode", equalTo(quad.member(0)))
                .body("indicators[0].members[0].statistics.median", equalTo(4.0f))
                .body("themes.code", contains("1", "2"))
                .body("themes[1].statistics.median", equalTo(4.0f))
                .body("themes[1].widestSpread", equalTo(0));
    }

    @Test
    void beforeTheRevealThereAreNoFlagsSummariesOrAgenda() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        quad.submit(0, 6, 6, 6, "hidden-a");
        quad.submit(1, 1, 1, 1, "hidden-b");

        Response seen = ReadModelTest.comparison(Tokens.editor(quad.member(0)), quad);

        seen.then().statusCode(200)
                .body("reveal.revealed", equalTo(false))
                .body("$", not(hasKey("flags")))
                .body("$", not(hasKey("agenda")))
                .body("$", not(hasKey("indicators")))
                .body("$", not(hasKey("themes")));
        assertThat(seen.asString()).doesNotContain("hidden-", "farFromMedian", "Excellent");
    }

    @Test
    void adesSeesFlagsOnWhatIsSubmittedBeforeTheReveal() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        quad.submit(0, 6, 6, 6, "early");

        ReadModelTest.comparison(Tokens.ades(), quad).then().statusCode(200)
                .body("reveal.revealedToMembers", equalTo(false))
                .body("flags.thinEvidence.questionCode", contains("1.1.1", "1.1.2", "2.1.1"))
                .body("agenda", empty());
    }

    @Test
    void aPartnerInAnotherQuadIsRefusedEvenWhenItKnowsTheQuadsId() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        TestQuad other = TestQuad.in(quad.cycleId(), quad.versionId(), Feed.councils(4));
        quad.submit(0, 5, 5, 5, "secret");

        given().auth().oauth2(Tokens.editor(other.member(0))).when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(other.member(0))).when().get("/quads/" + UUID.randomUUID() + "/comparison")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(other.member(0))).when().get("/quads/" + other.quadId() + "/comparison")
                .then().statusCode(200);
        given().when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + UUID.randomUUID() + "/comparison")
                .then().statusCode(404).contentType("application/problem+json");
    }

    static scot.quads.contract.payload.SelfEvaluationSubmittedV1.Answer withEvidence(String question, int level,
            String evidence) {
        return new scot.quads.contract.payload.SelfEvaluationSubmittedV1.Answer(question, level, false, null,
                evidence, "Strengths " + question, "Areas", "Next steps");
    }
}
