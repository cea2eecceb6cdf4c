package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class LearningPartnerResourceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Test
    void aWeakerCouncilSeesThePartnersTwoLevelsHigherWithTheirStrengths() {
        TestQuad quad = revealedQuad();

        learningPartners(Tokens.editor(quad.member(0)), quad, null).then().statusCode(200)
                .body("council", equalTo(quad.member(0)))
                .body("revealed", equalTo(true))
                .body("questions.questionCode", contains("1.1.1", "1.1.2"))
                .body("questions[0].level", equalTo(2))
                .body("questions[0].levelLabel", equalTo("Weak"))
                .body("questions[0].nextSteps", equalTo("Next steps a"))
                // 1.1.1: B 5 (+3), C 4 (+2); D 3 is only one higher.
                .body("questions[0].partners.councilCode", contains(quad.member(1), quad.member(2)))
                .body("questions[0].partners[0].name", equalTo("Council " + quad.member(1)))
                .body("questions[0].partners[0].levelsHigher", equalTo(3))
                .body("questions[0].partners[0].levelLabel", equalTo("Very good"))
                .body("questions[0].partners[0].strengths", equalTo("Strengths b"))
                .body("questions[1].partners.councilCode", contains(quad.member(3)));
    }

    @Test
    void theStrongestCouncilHasNoLearningPartnersAndAViewerMayAskToo() {
        TestQuad quad = revealedQuad();

        learningPartners(Tokens.viewer(quad.member(1)), quad, quad.member(1).toLowerCase()).then().statusCode(200)
                .body("council", equalTo(quad.member(1)))
                .body("questions.questionCode", contains("1.1.2"))
                .body("questions[0].partners.councilCode", contains(quad.member(3)));
    }

    @Test
    void beforeTheRevealNoPartnerIsNamedAndNoStrengthShown() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        quad.submit(0, 1, 1, 1, "early-a");
        quad.submit(1, 6, 6, 6, "early-b");

        Response seen = learningPartners(Tokens.editor(quad.member(0)), quad, null);

        seen.then().statusCode(200)
                .body("revealed", equalTo(false))
                .body("reason", equalTo("waiting-for-submissions"))
                .body("councilSubmitted", equalTo(true))
                .body("$", not(hasKey("questions")));
        assertThat(seen.asString()).doesNotContain("early-b", quad.member(1), "Excellent");
    }

    @Test
    void adesNamesTheCouncilAndMembersMayOnlyAskForTheirOwn() {
        TestQuad quad = revealedQuad();
        String outsider = Feed.councils(1).get(0);

        learningPartners(Tokens.ades(), quad, quad.member(0)).then().statusCode(200)
                .body("questions.questionCode", contains("1.1.1", "1.1.2"));
        learningPartners(Tokens.ades(), quad, null).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("council"));
        learningPartners(Tokens.ades(), quad, outsider).then().statusCode(400)
                .body("errors[0].field", equalTo("council"));
        learningPartners(Tokens.editor(quad.member(0)), quad, quad.member(1)).then().statusCode(403)
                .contentType("application/problem+json");
        learningPartners(Tokens.editor(outsider), quad, null).then().statusCode(403);
        learningPartners(Tokens.editor(outsider), quad, outsider).then().statusCode(403);
        given().auth().oauth2(Tokens.editor(quad.member(0))).when()
                .get("/quads/" + UUID.randomUUID() + "/learning-partners").then().statusCode(403);
        learningPartners(Tokens.nobody(), quad, null).then().statusCode(403);
        given().when().get("/quads/" + quad.quadId() + "/learning-partners").then().statusCode(401);
    }

    /** 1.1.1: A 2, B 5, C 4, D 3; 1.1.2: A 3, B 4, C not applicable, D 6; 2.1.1: all 4. */
    private static TestQuad revealedQuad() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        quad.submit(0, 2, 3, 4, "a");
        quad.submit(1, 5, 4, 4, "b");
        Feed.submit(quad.cycleId(), quad.member(2), quad.versionId(), java.util.List.of(Feed.graded("1.1.1", 4, "c"),
                Feed.notApplicable("1.1.2", "None here"), Feed.graded("2.1.1", 4, "c")));
        quad.submit(3, 3, 6, 4, "d");
        return quad;
    }

    private static Response learningPartners(String token, TestQuad quad, String council) {
        var request = given().auth().oauth2(token);
        if (council != null) {
            request = request.queryParam("council", council);
        }
        return request.when().get("/quads/" + quad.quadId() + "/learning-partners");
    }
}
