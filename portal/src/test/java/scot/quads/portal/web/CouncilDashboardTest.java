package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The council's dashboard against stubbed services: its reads go out at once, and from the quad's comparison it
 * shows who is in the quad and who has submitted (the page reads only that head of the document); the inbox, the
 * quad and last cycle's actions are each left out, not the page failed, when their service does not answer.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class CouncilDashboardTest {

    static final UUID CYCLE = CouncilPagesTest.CYCLE;
    static final UUID QUAD = UUID.fromString("44444444-4444-4444-8444-444444444444");

    static final String CYCLES_JSON = """
            [{"id":"%s","name":"2026-27","rubricVersionId":"%s","opensOn":"2026-09-01",
              "submissionDeadline":"2027-01-29","revealRule":"on-submission","state":"open","version":1}]
            """.formatted(CYCLE, CouncilPagesTest.VERSION);

    /** A comparison as quad-service sends it; the parts after the members are there to be skipped. */
    static final String COMPARISON_JSON = """
            {"quad":{"id":"%s","name":"West quad"},
             "cycle":{"id":"%s","name":"2026-27","submissionDeadline":"2027-01-29","revealRule":"on-submission",
                      "rubricVersionId":"%s","rubricVersionLabel":"2026-27","rubricVersionReceived":true,
                      "gradedPerIndicator":false},
             "reveal":{"revealed":false,"reason":"waiting","explanation":"Answers show once every member has submitted.",
                       "revealedAt":null,"revealsAt":null,"revealedToMembers":false},
             "members":[{"code":"S12000049","name":"Glasgow City","submitted":false,"submittedAt":null,
                         "answersShown":false},
                        {"code":"S12000038","name":"Renfrewshire","submitted":true,
                         "submittedAt":"2026-11-20T10:00:00Z","answersShown":false}],
             "scale":[{"value":3,"label":"Good"}],
             "questions":[{"code":"1.1.1","title":"T","prompt":"How well do learners attain?","members":[
                           {"code":"S12000038","level":4,"text":"A long narrative the dashboard never shows"}]}],
             "indicators":[],"themes":[],"flags":{"items":[]},"agenda":[]}
            """.formatted(QUAD, CYCLE, CouncilPagesTest.VERSION);

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles")).willReturn(okJson(CYCLES_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/councils/" + CouncilPagesTest.GLASGOW + "/evaluations"))
                .willReturn(okJson("[]")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + CouncilPagesTest.VERSION))
                .willReturn(okJson(CouncilPagesTest.VERSION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo(CouncilPagesTest.EVALUATION))
                .willReturn(okJson(CouncilPagesTest.EVALUATION_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":2,\"items\":[]}")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/councils/" + CouncilPagesTest.GLASGOW + "/plan"))
                .willReturn(okJson("[]")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/quads/mine")).willReturn(okJson("""
                {"id":"%s","cycleId":"%s","name":"West quad","members":[{"code":"S12000049","name":"Glasgow City"},
                 {"code":"S12000038","name":"Renfrewshire"}],"formedAt":"2026-10-01T09:00:00Z"}
                """.formatted(QUAD, CYCLE))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/quads/" + QUAD + "/comparison"))
                .willReturn(okJson(COMPARISON_JSON)));
    }

    @Test
    void theDashboardShowsTheQuadsMembersAndWhoHasSubmitted() {
        given().auth().oauth2(CouncilPagesTest.editor())
                .when().get("/council")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Glasgow City</h1>"))
                .body(containsString("href=\"/quads/" + QUAD + "\">West quad</a>"))
                .body(containsString("Answers show once every member has submitted."))
                .body(containsString("Renfrewshire</th>"))
                .body(containsString("Submitted 20 November 2026"))
                .body(containsString("Not yet"))
                .body(not(containsString("A long narrative the dashboard never shows")));
        // The comparison without the members' words, which the dashboard never shows.
        ServiceStubs.server.verify(1, getRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/comparison"))
                .withQueryParam("answers", equalTo("levels")));
        // Of the self-evaluation, only what still stands in the way of submitting: not every answer's words.
        ServiceStubs.server.verify(1, getRequestedFor(urlPathEqualTo(CouncilPagesTest.EVALUATION))
                .withQueryParam("questions", equalTo("pending")));
    }

    @Test
    void withoutTheQuadOrTheInboxThePageStillShowsTheSelfEvaluation() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/quads/mine")).willReturn(aResponse().withStatus(503)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications")).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(CouncilPagesTest.editor())
                .when().get("/council")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("2 of 2 questions"))
                .body(containsString("ADES has not put your council in a quad for this cycle yet."));
        ServiceStubs.server.verify(0, getRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/comparison")));
    }

    @Test
    void anUnknownCycleIsNotFound() {
        given().auth().oauth2(CouncilPagesTest.editor())
                .when().get("/council?cycle=" + UUID.randomUUID())
                .then().statusCode(404);
    }
}
