package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A council answering a version graded per quality indicator: the indicator's own level, evidence, strengths, areas
 * for improvement and next steps in one form (saved with If-Match to its own endpoint), its questions as narrative
 * prompts with no level (an optional one labelled so), and the task list, check page and submit errors counting the
 * indicator's level and the required prompts, as rubric-service does.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class GradedPerIndicatorPagesTest {

    static final String GLASGOW = "S12000049";
    static final UUID CYCLE = UUID.fromString("71111111-1111-1111-1111-111111111111");
    static final UUID VERSION = UUID.fromString("72222222-2222-2222-2222-222222222222");
    static final String EVALUATION = "/cycles/" + CYCLE + "/evaluations/" + GLASGOW;

    static final String VERSION_JSON = """
            {"id":"%s","frameworkCode":"DEMO-QI","frameworkTitle":"Per indicator","number":1,"label":"2026-27",
             "status":"published","questionCount":2,"gradingGrain":"quality-indicator",
             "scale":[{"value":3,"label":"Satisfactory","descriptor":"Strengths just outweigh weaknesses"},
                      {"value":4,"label":"Good","descriptor":"Important strengths"}],
             "themes":[{"code":"A","title":"Outcomes","guidance":null,"indicators":[
               {"code":"A1","title":"Raising attainment","guidance":"Judge the whole indicator.",
                "notApplicableAllowed":false,"questions":[
                 {"code":"A1-1","title":null,"prompt":"How do you know attainment is improving?","guidance":null,
                  "illustration":null,"notApplicableAllowed":false,"narrativeFields":["evidence"],
                  "kind":"narrative","required":true},
                 {"code":"A1-2","title":null,"prompt":"Anything else the reviewers should know?","guidance":null,
                  "illustration":null,"notApplicableAllowed":false,"narrativeFields":["evidence"],
                  "kind":"narrative","required":false}]}]}]}
            """.formatted(VERSION);

    /** A1's level saved (version 2); A1-1, a required prompt, not yet answered; A1-2 optional and empty. */
    static final String EVALUATION_JSON = """
            {"id":"73333333-3333-3333-3333-333333333333","cycleId":"%s","cycleName":"2026-27",
             "councilCode":"S12000049","councilName":"Glasgow City","rubricVersionId":"%s",
             "gradingGrain":"quality-indicator",
             "submissionDeadline":"2027-01-29","state":"draft","acceptingAnswers":true,"submittedAt":null,
             "submittedBy":null,"returned":null,"version":5,
             "progress":{"answered":1,"total":2,"themes":[{"code":"A","title":"Outcomes","answered":1,"total":2}],
                         "missing":["A1-1"]},
             "indicators":[
               {"themeCode":"A","code":"A1","title":"Raising attainment","notApplicableAllowed":false,
                "narrativeFields":["evidence","strengths","areasForImprovement","nextSteps"],
                "answer":{"questionCode":null,"indicatorCode":"A1","level":4,"notApplicable":false,
                  "evidence":"Tracking shows gains in 9 of 12 schools","strengths":"Clear tracking",
                  "carriedForward":false,"version":2,"updatedAt":"2026-11-20T10:00:00Z","updatedBy":"glasgow-city"}}],
             "questions":[
               {"themeCode":"A","indicatorCode":"A1","code":"A1-1","prompt":"How do you know attainment is improving?",
                "notApplicableAllowed":false,"narrativeFields":["evidence"],"kind":"narrative","required":true,
                "answer":null},
               {"themeCode":"A","indicatorCode":"A1","code":"A1-2","prompt":"Anything else the reviewers should know?",
                "notApplicableAllowed":false,"narrativeFields":["evidence"],"kind":"narrative","required":false,
                "answer":null}]}
            """.formatted(CYCLE, VERSION);

    static String editor() {
        return OidcWiremockTestResource.generateJwtToken("glasgow-city", Set.of("authority-editor"), "123456",
                "Bearer", Set.of("https://server.example.com"), Map.of("authority", GLASGOW));
    }

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + VERSION)).willReturn(okJson(VERSION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(EVALUATION)).willReturn(okJson(EVALUATION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        // No earlier cycle to carry answers forward from.
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles")).willReturn(okJson("[]")));
    }

    @Test
    void theIndicatorIsGradedInOneFormAndItsQuestionsAreAnsweredInWordsWithNoLevel() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(EVALUATION + "/last-cycle")).willReturn(okJson("""
                {"cycleId":"75555555-5555-5555-5555-555555555555","cycleName":"2025-26","questions":[],
                 "indicators":[{"code":"A1","earlier":[{"questionCode":"A1","level":3,"levelLabel":"Satisfactory",
                   "notApplicable":false,"nextSteps":"Moderate writing"}]}]}
                """)));

        given().auth().oauth2(editor())
                .when().get("/council/cycles/{cycle}/indicators/{indicator}", CYCLE, "A1")
                .then().statusCode(200)
                .body(containsString("action=\"/council/cycles/" + CYCLE + "/indicators/A1/answer\""))
                .body(containsString("A1 as a whole"))
                // The indicator's level and its four narratives, as saved.
                .body(containsString("id=\"q-A1-level-4\" name=\"level\" type=\"radio\" value=\"4\""))
                .body(containsString("Tracking shows gains in 9 of 12 schools"))
                .body(containsString("id=\"q-A1-nextSteps\""))
                .body(containsString("<input type=\"hidden\" name=\"version\" value=\"2\">"))
                // Last cycle's level for the indicator, beside it.
                .body(containsString("id=\"q-A1-last-cycle\""))
                .body(containsString("A1 as a whole: level 3 Satisfactory"))
                .body(containsString("Next steps you set: Moderate writing"))
                // The prompts: posted as questions, no level, only the field they ask for.
                .body(containsString("action=\"/council/cycles/" + CYCLE + "/answers/A1-1\""))
                .body(not(containsString("id=\"q-A1-1-level\"")))
                .body(not(containsString("id=\"q-A1-2-level\"")))
                .body(not(containsString("id=\"q-A1-1-strengths\"")))
                .body(containsString("<label class=\"govuk-label govuk-label--s\" for=\"q-A1-1-evidence\">"
                        + "Your answer</label>"))
                .body(containsString("<label class=\"govuk-label govuk-label--s\" for=\"q-A1-2-evidence\">"
                        + "Your answer (optional)</label>"));
    }

    @Test
    void theIndicatorsAnswerIsSavedToItsOwnEndpointWithIfMatch() {
        ServiceStubs.server.stubFor(put(urlPathEqualTo(EVALUATION + "/indicators/A1/answer")).willReturn(okJson("""
                {"questionCode":null,"indicatorCode":"A1","level":3,"notApplicable":false,"evidence":"Fewer gains",
                 "carriedForward":false,"version":3,"updatedAt":"2026-11-21T10:00:00Z","updatedBy":"glasgow-city"}
                """)));

        given().auth().oauth2(editor()).accept("application/json")
                .formParam("version", 2).formParam("level", 3).formParam("evidence", "Fewer gains")
                .when().post("/council/cycles/" + CYCLE + "/indicators/A1/answer")
                .then().statusCode(200)
                .body("saved", org.hamcrest.Matchers.equalTo(true))
                .body("version", org.hamcrest.Matchers.equalTo(3));

        ServiceStubs.server.verify(putRequestedFor(urlPathEqualTo(EVALUATION + "/indicators/A1/answer"))
                .withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"level\":3,\"evidence\":\"Fewer gains\"}", true, true)));

        // Without JavaScript the page comes back at the saved banner.
        given().auth().oauth2(editor()).redirects().follow(false)
                .formParam("version", 2).formParam("level", 3)
                .when().post("/council/cycles/" + CYCLE + "/indicators/A1/answer")
                .then().statusCode(303)
                .header("Location", containsString("/council/cycles/" + CYCLE + "/indicators/A1?saved=A1"));
    }

    @Test
    void aRefusedLevelNamesTheQualityIndicatorNotAQuestion() {
        ServiceStubs.server.stubFor(put(urlPathEqualTo(EVALUATION + "/indicators/A1/answer")).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"about:blank","title":"Unprocessable","status":422,"detail":"invalid",
                         "errors":[{"field":"level","message":"must be a level of the scale (3 to 4)"}]}""")));

        given().auth().oauth2(editor())
                .formParam("version", 2).formParam("level", 9)
                .when().post("/council/cycles/" + CYCLE + "/indicators/A1/answer")
                .then().statusCode(422)
                .body(containsString("Select an evaluation level for quality indicator A1 from the scale shown"))
                .body(containsString("href=\"#q-A1-level\""));
    }

    @Test
    void theTaskListCountsTheIndicatorsLevelAndItsRequiredQuestionsOnly() {
        given().auth().oauth2(editor())
                .when().get("/council/cycles/" + CYCLE)
                .then().statusCode(200)
                .body(containsString("1 of 2 answered (the indicator&#39;s level and its required questions)"))
                .body(containsString("In progress"))
                .body(containsString("You have answered 1 of 2 items"));
    }

    @Test
    void checkAndSubmitNameTheIndicatorAndTheRequiredPromptButNotTheOptionalOne() {
        given().auth().oauth2(editor())
                .when().get("/council/cycles/" + CYCLE + "/check")
                .then().statusCode(200)
                .body(containsString("1 answer still stops you submitting."))
                .body(containsString("Question A1-1</a> is not answered: write an answer, as this question is"
                        + " required."))
                .body(not(containsString("Question A1-2</a>")))
                .body(containsString("id=\"q-A1-row\""))
                .body(containsString("A1 as a whole"))
                .body(containsString("Level 4 Good"))
                .body(containsString("Anything else the reviewers should know? (optional)"));

        ServiceStubs.server.stubFor(post(urlPathEqualTo(EVALUATION + "/submit")).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"about:blank","title":"Unprocessable","status":422,
                         "detail":"2 of 2 items still need an answer (or a confirmation) before the self-evaluation can be submitted",
                         "errors":[{"field":"A1","message":"is not answered: give the quality indicator a level"},
                                   {"field":"A1-1","message":"is not answered: it is a required narrative question, so write an answer"}]}
                        """)));
        given().auth().oauth2(editor()).formParam("version", 5)
                .when().post("/council/cycles/" + CYCLE + "/submit")
                .then().statusCode(422)
                .body(containsString("<a href=\"#q-A1-row\">Quality indicator A1 is not answered: give the quality"
                        + " indicator a level</a>"))
                .body(containsString("<a href=\"#q-A1-1-row\">Question A1-1 is not answered: it is a required"
                        + " narrative question, so write an answer</a>"));
    }
}
