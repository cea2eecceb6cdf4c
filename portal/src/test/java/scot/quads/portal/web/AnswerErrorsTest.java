package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A refused answer speaks the page's language (issue 30, item 2): every problem at once, each naming the question
 * and the field as the page labels them, and everything the user typed (the level included) still on the page;
 * the autosave's status line says the same.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class AnswerErrorsTest {

    static final String SAVE = "/council/cycles/" + CouncilPagesTest.CYCLE + "/answers/1.1.2";

    @BeforeEach
    void stubs() {
        CouncilPagesTest.stubCouncilCycle(0);
    }

    @Test
    void twoNarrativesTooLongAreBothReportedNamingTheQuestionAndNothingTypedIsLost() {
        given().auth().oauth2(CouncilPagesTest.editor())
                .formParam("version", 2).formParam("level", 3)
                .formParam("evidence", "e".repeat(10_001)).formParam("strengths", "s".repeat(12_000))
                .formParam("nextSteps", "Keep going")
                .when().post(SAVE)
                .then().statusCode(422)
                .body(containsString("<a href=\"#q-1-1-2-evidence\">Evidence for question 1.1.2 must be 10,000"
                        + " characters or fewer (it has 10,001)</a>"))
                .body(containsString("<a href=\"#q-1-1-2-strengths\">Strengths for question 1.1.2 must be 10,000"
                        + " characters or fewer (it has 12,000)</a>"))
                // The level chosen and the words typed are on the page again.
                .body(containsString("id=\"q-1-1-2-level\" name=\"level\" type=\"radio\" value=\"3\""
                        + " aria-describedby=\"q-1-1-2-level-3-hint\" checked"))
                .body(containsString(">Keep going</textarea>"))
                .body(not(containsString("size must be")));
        // Nothing the service would refuse is sent.
        ServiceStubs.server.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void theServicesFieldErrorsAreTranslatedIntoThePagesWords() {
        ServiceStubs.server.stubFor(put(urlPathEqualTo(CouncilPagesTest.EVALUATION + "/answers/1.1.2"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"about:blank","title":"Unprocessable","status":422,
                                 "detail":"The answer cannot be saved",
                                 "errors":[{"field":"level","message":"must be a level of the scale: 3, 4"},
                                           {"field":"save.request.nextSteps","message":"size must be between 0 and 10000"}]}
                                """)));
        given().auth().oauth2(CouncilPagesTest.editor())
                .formParam("version", 2).formParam("level", 3).formParam("nextSteps", "Steps")
                .when().post(SAVE)
                .then().statusCode(422)
                .body(containsString("<a href=\"#q-1-1-2-level\">Select an evaluation level for question 1.1.2 from"
                        + " the scale shown</a>"))
                .body(containsString("<a href=\"#q-1-1-2-nextSteps\">Next steps for question 1.1.2 must be 10,000"
                        + " characters or fewer</a>"));

        // The autosave gets the same words, to show in its status line.
        given().auth().oauth2(CouncilPagesTest.editor()).accept("application/json")
                .formParam("version", 2).formParam("level", 3).formParam("nextSteps", "Steps")
                .when().post(SAVE)
                .then().statusCode(422)
                .body("saved", equalTo(false))
                .body("errors.level", equalTo("Select an evaluation level for question 1.1.2 from the scale shown"))
                .body("message", containsString("Next steps for question 1.1.2 must be 10,000 characters or fewer"));
    }

    @Test
    void notApplyingWithoutAReasonAndWithALevelIsTwoProblemsAtOnce() {
        given().auth().oauth2(CouncilPagesTest.editor()).accept("application/json")
                .formParam("version", 2).formParam("level", 4).formParam("notApplicable", "true")
                .when().post(SAVE)
                .then().statusCode(422)
                .body("errors.level", containsString("Question 1.1.2 is marked as not applying"))
                .body("errors.notApplicableReason", equalTo("Enter why question 1.1.2 does not apply to your"
                        + " council"));
        ServiceStubs.server.verify(0, putRequestedFor(anyUrl()));
    }
}
