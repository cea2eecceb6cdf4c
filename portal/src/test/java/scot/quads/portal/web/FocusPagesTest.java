package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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

/** The council's focus page and ADES's, against a stubbed rubric-service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class FocusPagesTest {

    static final String FOCUS = CouncilPagesTest.EVALUATION + "/focus";
    static final String PAGE = "/council/cycles/" + CouncilPagesTest.CYCLE + "/focus";
    static final String ADES_PAGE = "/ades/cycles/" + CouncilPagesTest.CYCLE + "/councils/S12000049/focus";

    static final String FOCUS_JSON = """
            {"id":"66666666-6666-6666-6666-666666666666","cycleId":"%s","cycleName":"2026-27",
             "councilCode":"S12000049","councilName":"Glasgow City","state":"%s","area":"Positive destinations",
             "focusQuestion":"How can more of our leavers go on to college or university?",
             "keyQuestions":["How well do college partnerships work?"],"indicators":["QI 1.1"],"questions":[],
             "contextIndicators":["CHN11"],"adesComment":%s,"version":4,"updatedAt":"2026-11-20T10:00:00Z",
             "updatedBy":"glasgow-city"}
            """;

    static String focus(String state, String comment) {
        return FOCUS_JSON.formatted(CouncilPagesTest.CYCLE, state, comment == null ? "null" : "\"" + comment + "\"");
    }

    static String ades() {
        return NoticeLinksTest.ades();
    }

    @BeforeEach
    void stubs() {
        CouncilPagesTest.stubCouncilCycle(0);
    }

    @Test
    void aSentBackFocusShowsAdesCommentAndOffersToProposeItAgain() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(FOCUS))
                .willReturn(okJson(focus("sent-back", "Narrow it to the senior phase"))));
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("Sent back by ADES"))
                .body(containsString("Narrow it to the senior phase"))
                .body(containsString("value=\"How well do college partnerships work?\""))
                .body(containsString("for=\"keyQuestion-5\">Key question 6</label>"))
                .body(containsString("value=\"QI 1.1, CHN11\""))
                .body(containsString("id=\"propose\""));
    }

    @Test
    void savingSendsTheKeyQuestionsGivenAndSortsTheCodes() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(FOCUS)).willReturn(okJson(focus("draft", null))));
        ServiceStubs.server.stubFor(put(urlPathEqualTo(FOCUS)).willReturn(okJson(focus("draft", null))));
        given().auth().oauth2(CouncilPagesTest.editor()).redirects().follow(false)
                .formParam("version", "4").formParam("area", "Numeracy").formParam("focusQuestion", "How?")
                .formParam("keyQuestion-0", "First").formParam("keyQuestion-1", "")
                .formParam("keyQuestion-2", "Third").formParam("related", "1.1.1, QI 1.1, CHN11")
                .when().post(PAGE)
                .then().statusCode(303).header("Location", endsWith("/focus?done=saved#done"));
        ServiceStubs.server.verify(putRequestedFor(urlPathEqualTo(FOCUS))
                .withHeader("If-Match", equalTo("\"4\""))
                .withRequestBody(matchingJsonPath("$.keyQuestions[1]", equalTo("Third")))
                .withRequestBody(matchingJsonPath("$.indicators[0]", equalTo("QI 1.1")))
                .withRequestBody(matchingJsonPath("$.questions[0]", equalTo("1.1.1")))
                .withRequestBody(matchingJsonPath("$.contextIndicators[0]", equalTo("CHN11"))));
    }

    @Test
    void aProposalMissingPartsNamesEachOnTheForm() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(FOCUS)).willReturn(okJson(focus("draft", null))));
        ServiceStubs.server.stubFor(post(urlPathEqualTo(FOCUS + "/propose")).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Unprocessable","status":422,"detail":"The focus needs more",
                         "errors":[{"field":"keyQuestions","message":"has no key question: add at least one"}]}""")));
        given().auth().oauth2(CouncilPagesTest.editor()).formParam("version", "4")
                .when().post(PAGE + "/propose")
                .then().statusCode(422)
                .body(containsString("<a href=\"#keyQuestion-0\">Key question 1 has no key question: add at least one</a>"))
                .body(containsString("id=\"keyQuestion-0-error\""));
    }

    @Test
    void adesSendsAFocusBackOnlyWithAComment() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo(FOCUS)).willReturn(okJson(focus("proposed", null))));
        ServiceStubs.server.stubFor(post(urlPathEqualTo(FOCUS + "/send-back"))
                .willReturn(okJson(focus("sent-back", "Narrower"))));
        given().auth().oauth2(ades()).when().get(ADES_PAGE)
                .then().statusCode(200).body(containsString("Proposed, waiting for you"))
                .body(containsString("id=\"agree\"")).body(containsString("id=\"send-back\""));
        given().auth().oauth2(ades()).formParam("version", "4").formParam("comment", " ")
                .when().post(ADES_PAGE + "/send-back")
                .then().statusCode(422).body(containsString("Enter what the council should change"));
        ServiceStubs.server.verify(0, postRequestedFor(urlPathEqualTo(FOCUS + "/send-back")));
        given().auth().oauth2(ades()).redirects().follow(false).formParam("version", "4")
                .formParam("comment", "Narrower").when().post(ADES_PAGE + "/send-back")
                .then().statusCode(303).header("Location", endsWith("/focus?done=send-back#done"));
        ServiceStubs.server.verify(postRequestedFor(urlPathEqualTo(FOCUS + "/send-back"))
                .withHeader("If-Match", equalTo("\"4\""))
                .withRequestBody(matchingJsonPath("$.comment", equalTo("Narrower"))));
        given().auth().oauth2(CouncilPagesTest.editor()).when().get(ADES_PAGE).then().statusCode(403)
                .body(not(containsString("id=\"agree\"")));
    }
}
