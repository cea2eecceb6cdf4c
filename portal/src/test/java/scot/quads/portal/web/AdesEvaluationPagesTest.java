package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * ADES acts from the progress table (issue 30, item 6): a council's name leads to its whole self-evaluation, and a
 * submitted one can be returned for revision with a reason through rubric-service's return endpoint.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class AdesEvaluationPagesTest {

    static final String PAGE = "/ades/cycles/" + CouncilPagesTest.CYCLE + "/councils/" + CouncilPagesTest.GLASGOW;

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + CouncilPagesTest.VERSION))
                .willReturn(okJson(CouncilPagesTest.VERSION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(CouncilPagesTest.EVALUATION))
                .willReturn(okJson(CouncilPagesTest.EVALUATION_JSON.replace("\"state\":\"draft\"",
                        "\"state\":\"submitted\""))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    @Test
    void adesReadsEveryAnswerWithItsLevelAndEvidenceAndIsOfferedTheReturn() {
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Glasgow City</h1>"))
                .body(containsString("1.1.1 How well do learners attain?"))
                .body(containsString("3 Good"))
                .body(containsString("Last year&#39;s evidence"))
                .body(containsString(" questions</dd>"))
                .body(not(containsString("id=\"graded-per-indicator\"")))
                .body(containsString("id=\"return\""));
    }

    @Test
    void inAVersionGradedPerIndicatorAdesReadsEachIndicatorsOwnAnswerAndItsQuestionsInWordsWithNoLevel() {
        String evaluation = GradedPerIndicatorPagesTest.EVALUATION_JSON.replace("\"state\":\"draft\"",
                "\"state\":\"submitted\"").replaceFirst("\"answer\":null", """
                "answer":{"questionCode":"A1-1","level":null,"notApplicable":false,
                  "evidence":"Teacher judgements moderated across the cluster","carriedForward":false,"version":1,
                  "updatedAt":"2026-11-20T10:00:00Z","updatedBy":"glasgow-city"}""");
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + GradedPerIndicatorPagesTest.VERSION))
                .willReturn(okJson(GradedPerIndicatorPagesTest.VERSION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(GradedPerIndicatorPagesTest.EVALUATION))
                .willReturn(okJson(evaluation)));

        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get("/ades/cycles/" + GradedPerIndicatorPagesTest.CYCLE + "/councils/"
                        + GradedPerIndicatorPagesTest.GLASGOW)
                .then().statusCode(200)
                .body(containsString("id=\"graded-per-indicator\""))
                .body(containsString("1 of 2 items (each quality indicator&#39;s level and its required questions)"))
                // The indicator's own answer: its level and the four narratives (those left empty said so).
                .body(containsString("id=\"q-A1-whole\""))
                .body(containsString("A1 as a whole"))
                .body(containsString("4 Good"))
                .body(containsString("Tracking shows gains in 9 of 12 schools"))
                .body(containsString("Clear tracking"))
                .body(containsString("<dt class=\"govuk-summary-list__key\">Next steps</dt><dd"
                        + " class=\"govuk-summary-list__value quads-narrative\">None given</dd>"))
                // Its questions: words, no level; the optional one labelled so and unanswered.
                .body(containsString("A1-1 How do you know attainment is improving?</h4>"))
                .body(containsString("Teacher judgements moderated across the cluster"))
                .body(containsString("A1-2 Anything else the reviewers should know? (optional)</h4>"))
                .body(containsString("<dt class=\"govuk-summary-list__key\">Answer</dt><dd"
                        + " class=\"govuk-summary-list__value quads-narrative\">Not answered</dd>"))
                .body(not(containsString("No level given")));
    }

    @Test
    void returningNeedsAReasonAndSendsItToRubricService() {
        given().auth().oauth2(NoticeLinksTest.ades()).formParam("reason", " ")
                .when().post(PAGE + "/return")
                .then().statusCode(422)
                .body(containsString("<a href=\"#reason\">Enter why the self-evaluation is being returned</a>"));
        ServiceStubs.server.verify(0, postRequestedFor(anyUrl()));

        ServiceStubs.server.stubFor(post(urlPathEqualTo(CouncilPagesTest.EVALUATION + "/return"))
                .willReturn(okJson(CouncilPagesTest.EVALUATION_JSON)));
        given().auth().oauth2(NoticeLinksTest.ades()).redirects().follow(false)
                .formParam("reason", "Evidence for 1.1.2 is missing")
                .when().post(PAGE + "/return")
                .then().statusCode(303)
                .header("Location", containsString(PAGE + "?done=returned"));
        ServiceStubs.server.verify(postRequestedFor(urlPathEqualTo(CouncilPagesTest.EVALUATION + "/return"))
                .withRequestBody(equalToJson("{\"reason\":\"Evidence for 1.1.2 is missing\"}")));
    }

    @Test
    void adesRemindsACouncilThatHasNotSubmittedOnceADay() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(CouncilPagesTest.EVALUATION))
                .willReturn(okJson(CouncilPagesTest.EVALUATION_JSON)));
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("id=\"remind\""))
                .body(containsString("A council can be reminded once a day"))
                .body(not(containsString("id=\"return\"")));

        ServiceStubs.server.stubFor(post(urlPathEqualTo(CouncilPagesTest.EVALUATION + "/remind"))
                .willReturn(okJson("{\"councilCode\":\"S12000049\",\"councilName\":\"Glasgow City\",\"daysLeft\":12}")));
        given().auth().oauth2(NoticeLinksTest.ades()).redirects().follow(false)
                .when().post(PAGE + "/remind")
                .then().statusCode(303)
                .header("Location", containsString(PAGE + "?done=reminded#reminded-banner"));
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get(PAGE + "?done=reminded")
                .then().statusCode(200)
                .body(containsString("Glasgow City has been reminded to submit its self-evaluation."));

        ServiceStubs.server.stubFor(post(urlPathEqualTo(CouncilPagesTest.EVALUATION + "/remind"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"about:blank","title":"Conflict","status":409,
                                 "detail":"Glasgow City has already been reminded today: a council is reminded at most once a day"}""")));
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().post(PAGE + "/remind")
                .then().statusCode(409)
                .body(containsString("govuk-error-summary"))
                .body(containsString("<a href=\"#remind\">Glasgow City has already been reminded today"));
    }

    @Test
    void aCouncilUserCannotOpenAdesPageOfTheirOwnSelfEvaluation() {
        given().auth().oauth2(CouncilPagesTest.editor())
                .when().get(PAGE)
                .then().statusCode(403)
                .body(not(containsString("id=\"return\"")));
    }

    @Test
    void theOverviewLinksEachCouncilOfTheNewestOpenCycleAndListsTheOtherOpenOnes() {
        String other = "77777777-7777-7777-7777-777777777777";
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles")).willReturn(okJson("""
                [{"id":"%s","name":"2027-28","rubricVersionId":"%s","opensOn":"2026-11-01",
                  "submissionDeadline":"2027-06-30","revealRule":"all-submitted-or-deadline","state":"open","version":1},
                 {"id":"%s","name":"2026-27","rubricVersionId":"%s","opensOn":"2026-09-01",
                  "submissionDeadline":"2027-01-29","revealRule":"all-submitted-or-deadline","state":"open","version":1}]"""
                .formatted(other, CouncilPagesTest.VERSION, CouncilPagesTest.CYCLE, CouncilPagesTest.VERSION))));
        for (String cycle : new String[] { other, CouncilPagesTest.CYCLE.toString() }) {
            ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles/" + cycle + "/progress")).willReturn(okJson("""
                    [{"councilCode":"S12000049","councilName":"Glasgow City","state":"submitted","answered":2,
                      "total":2,"percentAnswered":100}]""")));
            ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles/" + cycle + "/quads")).willReturn(okJson("[]")));
        }
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get("/ades")
                .then().statusCode(200)
                .body(containsString("<a class=\"govuk-link\" href=\"/ades/cycles/" + other
                        + "/councils/S12000049\">Glasgow City</a>"))
                .body(containsString("id=\"other-open-cycles\""))
                .body(containsString("2026-27</a>: 1 of 1 councils submitted"));
    }

    @Test
    void theProgressTableLinksEachCouncilAndFiltersByStatus() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles/" + CouncilPagesTest.CYCLE)).willReturn(okJson("""
                {"id":"%s","name":"2026-27","rubricVersionId":"%s","opensOn":"2026-09-01",
                 "submissionDeadline":"2027-01-29","closesOn":null,"revealRule":"all-submitted-or-deadline",
                 "reminderDays":[14],"state":"open","openedAt":null,"openedBy":"ades","version":1}"""
                .formatted(CouncilPagesTest.CYCLE, CouncilPagesTest.VERSION))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles/" + CouncilPagesTest.CYCLE + "/progress"))
                .willReturn(okJson("""
                        [{"councilCode":"S12000049","councilName":"Glasgow City","state":"submitted","answered":2,
                          "total":2,"percentAnswered":100},
                         {"councilCode":"S12000047","councilName":"Fife","state":"draft","answered":1,"total":2,
                          "percentAnswered":50}]""")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles/" + CouncilPagesTest.CYCLE + "/quads"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("[]")));
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get("/ades/cycles/" + CouncilPagesTest.CYCLE + "?status=draft")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("<a class=\"govuk-link\" href=\"/ades/cycles/" + CouncilPagesTest.CYCLE
                        + "/councils/S12000047\">Fife</a>"))
                .body(not(containsString(">Glasgow City</a>")))
                .body(containsString("1 council shown."))
                .body(containsString("How good, version 1 (2026-27)"));
        // Progress and quads are read alongside the cycle, each still with the ADES officer's own token.
        for (String read : new String[] { "/progress", "/quads" }) {
            ServiceStubs.server.verify(getRequestedFor(urlPathEqualTo("/cycles/" + CouncilPagesTest.CYCLE + read))
                    .withHeader("Authorization", matching("Bearer .+")));
        }
    }
}
