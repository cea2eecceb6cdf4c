package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The council pages against stubbed services: what a user sees when rubric-service refuses (a submission blocked
 * by unconfirmed carried-forward answers, a stale confirmation), the unread count in the header, the downloads
 * passed through, and a user without a council kept out.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class CouncilPagesTest {

    static final String GLASGOW = "S12000049";
    static final UUID CYCLE = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final UUID VERSION = UUID.fromString("22222222-2222-2222-2222-222222222222");
    static final String EVALUATION = "/cycles/" + CYCLE + "/evaluations/" + GLASGOW;

    static final String VERSION_JSON = """
            {"id":"%s","frameworkCode":"HGIOEA","frameworkTitle":"How good","number":1,"label":"2026-27",
             "status":"published","questionCount":2,
             "scale":[{"value":3,"label":"Good","descriptor":"Important strengths"},
                      {"value":4,"label":"Very good","descriptor":"Major strengths"}],
             "themes":[{"code":"1","title":"Outcomes","guidance":null,"indicators":[
               {"code":"QI 1.1","title":"Attainment","guidance":null,"questions":[
                 {"code":"1.1.1","title":"T","prompt":"How well do learners attain?","guidance":null,
                  "illustration":null,"notApplicableAllowed":false,"contextIndicators":["CHN13a","XYZ9"]},
                 {"code":"1.1.2","title":"T","prompt":"How well do we close the gap?","guidance":null,
                  "illustration":null,"notApplicableAllowed":false}]}]}]}
            """.formatted(VERSION);

    static final String EVALUATION_JSON = """
            {"id":"33333333-3333-3333-3333-333333333333","cycleId":"%s","cycleName":"2026-27",
             "councilCode":"S12000049","councilName":"Glasgow City","rubricVersionId":"%s",
             "submissionDeadline":"2027-01-29","state":"draft","acceptingAnswers":true,"submittedAt":null,
             "submittedBy":null,"returned":null,"version":7,
             "progress":{"answered":2,"total":2,"themes":[{"code":"1","title":"Outcomes","answered":2,"total":2}],
                         "missing":[]},
             "questions":[
               {"themeCode":"1","indicatorCode":"QI 1.1","code":"1.1.1","prompt":"How well do learners attain?",
                "notApplicableAllowed":false,"answer":{"questionCode":"1.1.1","level":3,"notApplicable":false,
                "evidence":"Last year's evidence","carriedForward":true,"carryNote":"Carried forward from 1.1.1 in 2025-26",
                "version":1,"updatedAt":"2026-11-20T10:00:00Z","updatedBy":"glasgow-city"}},
               {"themeCode":"1","indicatorCode":"QI 1.1","code":"1.1.2","prompt":"How well do we close the gap?",
                "notApplicableAllowed":false,"answer":{"questionCode":"1.1.2","level":4,"notApplicable":false,
                "carriedForward":false,"version":2,"updatedAt":"2026-11-20T10:00:00Z","updatedBy":"glasgow-city"}}]}
            """.formatted(CYCLE, VERSION);

    static String editor() {
        return OidcWiremockTestResource.generateJwtToken("glasgow-city", Set.of("authority-editor"), "123456",
                "Bearer", Set.of("https://server.example.com"), Map.of("authority", GLASGOW));
    }

    /** The cycle as the council tests stub it: the version, the evaluation, and an inbox with this many unread. */
    static void stubCouncilCycle(long unread) {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + VERSION)).willReturn(okJson(VERSION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(EVALUATION)).willReturn(okJson(EVALUATION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":" + unread + ",\"items\":[]}")));
    }

    @BeforeEach
    void stubs() {
        stubCouncilCycle(3);
    }

    @Test
    void aSubmissionBlockedByUnconfirmedAnswersListsEachQuestionLinkedToItsRow() {
        ServiceStubs.server.stubFor(post(urlPathEqualTo(EVALUATION + "/submit")).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"about:blank","title":"Unprocessable","status":422,
                         "detail":"1 of 2 questions still need an answer (or a confirmation) before the self-evaluation can be submitted",
                         "errors":[{"field":"1.1.1","message":"was carried forward from the previous cycle: confirm it or change it"},
                                   {"field":"1.1.2","message":"is not answered: give it a level, or mark it not applicable with a reason"}]}
                        """)));
        given().auth().oauth2(editor()).formParam("version", 7)
                .when().post("/council/cycles/" + CYCLE + "/submit")
                .then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("<a href=\"#q-1-1-1-row\">Question 1.1.1 was carried forward from the previous "
                        + "cycle: confirm it or change it</a>"))
                .body(containsString("<a href=\"#q-1-1-2-row\">Question 1.1.2 is not answered: give it a level</a>"))
                .body(containsString("id=\"q-1-1-1-row\""))
                .body(containsString("id=\"blockers\""))
                // The question does not offer "does not apply", so the summary does not suggest it.
                .body(not(containsString("mark it not applicable")));
    }

    @Test
    void checkYourAnswersSaysWhatStillBlocksBeforeSubmitAndShowsTheEvidence() {
        given().auth().oauth2(editor())
                .when().get("/council/cycles/" + CYCLE + "/check")
                .then().statusCode(200)
                .body(containsString("1 question still stops you submitting."))
                .body(containsString("Question 1.1.1</a> was carried forward from the previous cycle: confirm it or"
                        + " change it."))
                .body(containsString("<strong>Evidence:</strong> Last year&#39;s evidence"))
                .body(containsString("<strong>Evidence:</strong> none given"));
    }

    @Test
    void aCarriedAnswerIsMarkedWithAConfirmButtonAndAStaleConfirmationSaysSomeoneChangedIt() {
        given().auth().oauth2(editor())
                .when().get("/council/cycles/{cycle}/indicators/{indicator}", CYCLE, "QI 1.1")
                .then().statusCode(200)
                .body(containsString("Carried forward from 1.1.1 in 2025-26"))
                .body(containsString("formaction=\"/council/cycles/" + CYCLE + "/answers/1.1.1/confirm\""))
                .body(not(containsString("/answers/1.1.2/confirm")))
                // rubric-service has nothing from an earlier cycle (here: not even the endpoint): no panel.
                .body(not(containsString("Last cycle")));

        ServiceStubs.server.stubFor(post(urlPathEqualTo(EVALUATION + "/answers/1.1.1/confirm")).willReturn(aResponse()
                .withStatus(412).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"about:blank","title":"Precondition Failed","status":412,"detail":"stale"}""")));
        given().auth().oauth2(editor()).formParam("version", 1)
                .when().post("/council/cycles/" + CYCLE + "/answers/1.1.1/confirm")
                .then().statusCode(412)
                .body(containsString("Someone changed the answer to 1.1.1 since you opened this page"))
                .body(containsString("href=\"#q-1-1-1-confirm\""));
    }

    @Test
    void checkYourAnswersPreviewsALevelTwoFromLastCyclesAsPartnersWillSeeIt() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(EVALUATION + "/last-cycle")).willReturn(okJson("""
                {"cycleId":"55555555-5555-5555-5555-555555555555","cycleName":"2025-26","questions":[
                  {"code":"1.1.1","earlier":[{"questionCode":"1.1.1","level":3,"levelLabel":"Good",
                    "notApplicable":false,"nextSteps":null}]},
                  {"code":"1.1.2","earlier":[{"questionCode":"1.1.2","level":2,"levelLabel":"Weak",
                    "notApplicable":false,"nextSteps":null}]}]}
                """)));

        given().auth().oauth2(editor())
                .when().get("/council/cycles/" + CYCLE + "/check")
                .then().statusCode(200)
                .body(containsString("What your partners will see flagged"))
                .body(containsString("Question 1.1.2</a>: level 4 is 2 above your level 2 in 2025-26: your partners"
                        + " will see the change in your trend, so say in the evidence what changed."))
                .body(not(containsString("Question 1.1.1</a>: level 3")));
    }

    @Test
    void eachQuestionShowsLastCyclesLevelAndNextStepsBesideIt() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(EVALUATION + "/last-cycle")).willReturn(okJson("""
                {"cycleId":"55555555-5555-5555-5555-555555555555","cycleName":"2025-26","questions":[
                  {"code":"1.1.1","earlier":[{"questionCode":"1.1.1","level":3,"levelLabel":"Good",
                    "notApplicable":false,"nextSteps":"Moderate writing with two partner schools"}]},
                  {"code":"1.1.2","earlier":[
                    {"questionCode":"1.2.1","level":4,"levelLabel":"Very good","notApplicable":false,"nextSteps":null},
                    {"questionCode":"1.2.2","level":null,"levelLabel":null,"notApplicable":true,"nextSteps":null}]}]}
                """)));

        given().auth().oauth2(editor())
                .when().get("/council/cycles/{cycle}/indicators/{indicator}", CYCLE, "QI 1.1")
                .then().statusCode(200)
                .body(containsString("id=\"q-1-1-1-last-cycle\""))
                .body(containsString("Last cycle (2025-26)"))
                .body(containsString("level 3 Good"))
                .body(containsString("Next steps you set: Moderate writing with two partner schools"))
                // A question merged from two shows each source by its code then.
                .body(containsString("Question 1.2.1: level 4 Very good"))
                .body(containsString("Question 1.2.2: does not apply"))
                .body(containsString("No next steps were given."));
        // The page asks rubric-service for this indicator's questions only, not the whole rubric's answers.
        ServiceStubs.server.verify(getRequestedFor(urlPathEqualTo(EVALUATION))
                .withQueryParam("indicator", WireMock.equalTo("QI 1.1")));
        ServiceStubs.server.verify(getRequestedFor(urlPathEqualTo(EVALUATION + "/last-cycle"))
                .withQueryParam("indicator", WireMock.equalTo("QI 1.1")));
    }

    @Test
    void aQuestionNamingAContextIndicatorShowsTheCouncilsFigureBesideItsFamilysAndScotlands() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/councils/" + GLASGOW + "/indicators")).willReturn(okJson("""
                {"gssCode":"S12000049","name":"Glasgow City","indicators":[
                  {"code":"CHN4","title":"% of pupils gaining 5+ awards at SCQF level 5","unit":"percent",
                   "higherIsBetter":true,"familySet":"people","period":"2020-21","value":58.21,"family":4,
                   "familyAverage":61.4567,"familySize":8,"rank":6,"scotland":64.0},
                  {"code":"CHN13a","title":"% of P1 P4 and P7 pupils achieving expected CfE level in literacy",
                   "unit":"percent","higherIsBetter":true,"familySet":"people","period":"2020-21","value":1234.56,
                   "family":4,"familyAverage":null,"familySize":8,"rank":null,"scotland":66.96}]}
                """)));

        given().auth().oauth2(editor())
                .when().get("/council/cycles/{cycle}/indicators/{indicator}", CYCLE, "QI 1.1")
                .then().statusCode(200)
                .body(containsString("id=\"q-1-1-1-context\""))
                .body(containsString("Context indicators for 1.1.1"))
                .body(containsString("% of P1 P4 and P7 pupils achieving expected CfE level in literacy (percent), "
                        + "2020-21"))
                .body(containsString(">1,234.6<"))
                .body(containsString(">67<"))
                // A figure the service does not have is a dash; a code it does not know, and an indicator the
                // question does not name, are left out; a question naming none has no table.
                .body(containsString(">–<"))
                .body(not(containsString("XYZ9")))
                .body(not(containsString("SCQF level 5")))
                .body(not(containsString("id=\"q-1-1-2-context\"")));
    }

    @Test
    void everyPageShowsTheUnreadCountAndStillWorksWhenNotificationsAreDown() {
        given().auth().oauth2(editor())
                .when().get("/council/cycles/" + CYCLE)
                .then().statusCode(200)
                .body(containsString("data-count=\"3\""))
                .body(containsString("3 unread"))
                .body(containsString("aria-live=\"polite\""));

        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications")).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(editor())
                .when().get("/council/cycles/" + CYCLE)
                .then().statusCode(200)
                .body(containsString("data-count=\"\""))
                .body(not(containsString(" unread</span>")));
    }

    @Test
    void aBrowsersPageAsksForTheUnreadCountOnceAsItArrivesAndStillShowsItOrNothing() {
        given().auth().oauth2(editor()).accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .when().get("/council/cycles/" + CYCLE)
                .then().statusCode(200)
                .body(containsString("3 unread"));
        ServiceStubs.server.verify(1, getRequestedFor(urlPathEqualTo("/notifications"))
                .withQueryParam("limit", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1")));

        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications")).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(editor()).accept("text/html")
                .when().get("/council/cycles/" + CYCLE)
                .then().statusCode(200)
                .body(containsString("data-count=\"\""))
                .body(not(containsString(" unread</span>")));
    }

    @Test
    void theExportIsHandedToTheBrowserAsTheServiceMadeIt() {
        String disposition = "attachment; filename=\"Glasgow City - self-evaluation 2026-27.pdf\"; "
                + "filename*=UTF-8''Glasgow%20City%20%E2%80%93%20self-evaluation%202026-27.pdf";
        ServiceStubs.server.stubFor(get(urlPathEqualTo(EVALUATION + "/export")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/pdf")
                .withHeader("Content-Disposition", disposition)
                .withBody("%PDF-1.7 test")));
        given().auth().oauth2(editor())
                .when().get("/council/cycles/" + CYCLE + "/export?format=pdf")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", disposition)
                .body(equalTo("%PDF-1.7 test"));
    }

    @Test
    void theHeaderCountIsPolledFromAShortSummaryAndNoPageHoldsAStreamOpen() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+"))
                .willReturn(okJson("""
                        {"unreadCount":4,"items":[{"id":"44444444-4444-4444-4444-444444444444","type":"cycle.opened",
                         "title":"The 2027-28 self-evaluation cycle is open","body":"b",
                         "link":"/cycles/11111111-1111-1111-1111-111111111111/self-evaluation",
                         "createdAt":"2026-11-20T10:00:00Z","read":false}]}""")));
        given().auth().oauth2(editor()).accept("application/json")
                .when().get("/notifications/summary?limit=1")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("unreadCount", equalTo(4))
                .body("items[0].title", equalTo("The 2027-28 self-evaluation cycle is open"));

        // The page script polls; nothing on a page may open an event stream (it held the browser's connections).
        given().auth().oauth2(editor())
                .when().get("/council/cycles/" + CYCLE)
                .then().statusCode(200)
                .body(containsString("/static/notifications.js"));
        given().auth().oauth2(editor())
                .when().get("/notifications/stream")
                .then().statusCode(404)
                .body(containsString("Page not found"));
    }

    @Test
    void aUserWithoutACouncilIsToldTheyCannotSeeCouncilPages() {
        String ades = OidcWiremockTestResource.generateJwtToken("ades", Set.of("ades-admin"), "654321", "Bearer",
                Set.of("https://server.example.com"), Map.of());
        given().auth().oauth2(ades)
                .when().get("/council/cycles/" + CYCLE)
                .then().statusCode(403)
                .body(containsString("You cannot see this page"))
                .body(containsString("users have a self-evaluation to see."));
    }

    @Test
    void aViewerReadsTheAnswersWithEveryFieldDisabledAndIsOfferedNoCarryForward() {
        String viewer = OidcWiremockTestResource.generateJwtToken("glasgow-city-viewer", Set.of("authority-viewer"),
                "123456", "Bearer", Set.of("https://server.example.com"), Map.of("authority", GLASGOW));
        given().auth().oauth2(viewer)
                .when().get("/council/cycles/{cycle}/indicators/{indicator}", CYCLE, "QI 1.1")
                .then().statusCode(200)
                .body(containsString("You can read your council's answers; only its editors can change them."))
                .body(containsString("<fieldset class=\"quads-read-only\" disabled>"))
                .body(containsString("Last year&#39;s evidence"));
        given().auth().oauth2(editor())
                .when().get("/council/cycles/{cycle}/indicators/{indicator}", CYCLE, "QI 1.1")
                .then().statusCode(200)
                .body(not(containsString("quads-read-only\" disabled")));
        given().auth().oauth2(viewer)
                .when().get("/council/cycles/" + CYCLE)
                .then().statusCode(200)
                .body(not(containsString("id=\"carry-forward\"")));
    }
}
