package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The self-evaluative statement's page against a stubbed rubric-service: the form, a save, and a refusal. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class StatementPagesTest {

    static final String STATEMENT = CouncilPagesTest.EVALUATION + "/statement";
    static final String PAGE = "/council/cycles/" + CouncilPagesTest.CYCLE + "/statement";

    static final String STATEMENT_JSON = """
            {"cycleId":"%s","cycleName":"2026-27","councilCode":"S12000049","councilName":"Glasgow City",
             "evaluationState":"draft","required":true,"acceptingChanges":true,
             "context":"A large city;\\nmany languages spoken at home.",
             "swot":[{"id":"44444444-4444-4444-4444-444444444444","kind":"strength","text":"Partnership with colleges",
                      "priority":1,"indicators":["QI 1.1"],"questions":["1.1.2"],"contextIndicators":["CHN11"]},
                     {"id":"55555555-5555-5555-5555-555555555555","kind":"threat","text":"Falling rolls",
                      "priority":1,"indicators":[],"questions":[],"contextIndicators":[]}],
             "summary":"Steady progress.","carriedForward":false,"version":3,
             "updatedAt":"2026-11-20T10:00:00Z","updatedBy":"glasgow-city"}
            """.formatted(CouncilPagesTest.CYCLE);

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + CouncilPagesTest.VERSION))
                .willReturn(okJson(CouncilPagesTest.VERSION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(CouncilPagesTest.EVALUATION))
                .willReturn(okJson(CouncilPagesTest.EVALUATION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(STATEMENT)).willReturn(okJson(STATEMENT_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    @Test
    void theFormShowsEachSwotPartMostImportantFirstWithWhatItRelatesTo() {
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("A large city;\nmany languages spoken at home.</textarea>"))
                .body(containsString("<label class=\"govuk-label govuk-label--s\" for=\"strength-0-text\">Strength 1</label>"))
                .body(containsString(">Partnership with colleges</textarea>"))
                .body(containsString("value=\"QI 1.1, 1.1.2, CHN11\""))
                .body(containsString(">Falling rolls</textarea>"))
                .body(containsString("id=\"statement-required\""))
                .body(containsString("name=\"version\" value=\"3\""));
    }

    @Test
    void savingSendsEachItemWithItsPriorityAndItsCodesSortedIntoIndicatorsQuestionsAndContext() {
        ServiceStubs.server.stubFor(put(urlPathEqualTo(STATEMENT)).willReturn(okJson(STATEMENT_JSON)));
        given().auth().oauth2(CouncilPagesTest.editor()).redirects().follow(false)
                .formParam("version", "3").formParam("context", "Our context")
                .formParam("strength-0-id", "44444444-4444-4444-4444-444444444444")
                .formParam("strength-0-text", "Partnership with colleges")
                .formParam("strength-0-links", "QI 1.1, 1.1.2, CHN11")
                .formParam("strength-1-text", "").formParam("strength-1-links", "")
                .formParam("strength-2-text", "Data literacy").formParam("strength-2-links", "")
                .formParam("weakness-0-text", "Attendance after S3").formParam("weakness-0-links", "1.1.1")
                .formParam("summary", "Steady progress.")
                .when().post(PAGE)
                .then().statusCode(303).header("Location", endsWith("/statement?saved=1#saved"));
        ServiceStubs.server.verify(putRequestedFor(urlPathEqualTo(STATEMENT))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(matchingJsonPath("$.context", equalTo("Our context")))
                .withRequestBody(matchingJsonPath("$.swot[0].id", equalTo("44444444-4444-4444-4444-444444444444")))
                .withRequestBody(matchingJsonPath("$.swot[0].indicators[0]", equalTo("QI 1.1")))
                .withRequestBody(matchingJsonPath("$.swot[0].questions[0]", equalTo("1.1.2")))
                .withRequestBody(matchingJsonPath("$.swot[0].contextIndicators[0]", equalTo("CHN11")))
                .withRequestBody(matchingJsonPath("$.swot[1].text", equalTo("Data literacy")))
                .withRequestBody(matchingJsonPath("$.swot[1].priority", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.swot[2].kind", equalTo("weakness")))
                .withRequestBody(matchingJsonPath("$.swot[2].questions[0]", equalTo("1.1.1"))));
    }

    @Test
    void aRefusedItemIsNamedInTheErrorSummaryAndMarkedOnItsRowWithTheTextKept() {
        ServiceStubs.server.stubFor(put(urlPathEqualTo(STATEMENT)).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"about:blank","title":"Unprocessable","status":422,
                         "detail":"The self-evaluative statement cannot be saved as it stands",
                         "errors":[{"field":"swot[1].priority","message":"is the priority of another weakness"}]}
                        """)));
        given().auth().oauth2(CouncilPagesTest.editor())
                .formParam("version", "3").formParam("context", "Kept as typed")
                .formParam("strength-0-text", "First").formParam("weakness-0-text", "Second")
                .when().post(PAGE)
                .then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("<a href=\"#weakness-0-text\">Weakness 1 is the priority of another weakness</a>"))
                .body(containsString("id=\"weakness-0-text-error\""))
                .body(containsString(">Kept as typed</textarea>"))
                .body(not(containsString("Success")));
    }

    @Test
    void aSubmittedStatementIsShownAndNotOfferedForEditing() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(STATEMENT)).willReturn(okJson(STATEMENT_JSON
                .replace("\"acceptingChanges\":true", "\"acceptingChanges\":false")
                .replace("\"evaluationState\":\"draft\"", "\"evaluationState\":\"submitted\""))));
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("id=\"statement-locked\""))
                .body(containsString("<li>Partnership with colleges <span class=\"govuk-hint\">(relates to QI 1.1, 1.1.2, CHN11)</span></li>"))
                .body(not(containsString("id=\"save-statement\"")));
    }
}
