package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The council drafts its findings report on a page: each pre-filled paragraph shows where it came from, a section
 * is saved with the version read, a refused paragraph is linked from the error summary, and ADES learns from the
 * page what is missing before it can publish.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class FindingsPagesTest {

    static final String QUAD = "44444444-4444-4444-8444-444444444444";
    static final String REPORT = "55555555-5555-4555-8555-555555555555";
    static final String SWOT_PARAGRAPH = "66666666-6666-4666-8666-666666666666";
    static final String GLASGOW = "S12000049";
    static final String PATH = "/quads/" + QUAD + "/findings/" + GLASGOW;

    static final String REPORT_JSON = """
            {"id":"%s","quadId":"%s","cycleId":"77777777-7777-4777-8777-777777777777","cycleName":"2026-27",
             "councilCode":"%s","councilName":"Glasgow City","edition":1,"state":"draft","supersedes":null,
             "supersededBy":null,"correctionReason":null,
             "sections":[
              {"key":"introduction","title":"Introduction and context","paragraphs":[]},
              {"key":"strengths","title":"Strengths","paragraphs":[
                {"id":"%s","text":"Strong partnerships with colleges","edited":false,
                 "source":{"kind":"swot","id":"88888888-8888-4888-8888-888888888888",
                           "label":"Statement SWOT: strength (priority 1)"}}]},
              {"key":"conclusion","title":"Conclusion","paragraphs":[]}],
             "councilAgreement":%s,"adesAgreement":null,"publishedAt":null,"publishedBy":null,
             "missingForPublication":[%s{"field":"adesAgreement","message":"neither ADES nor the ADES officer assigned to the quad has agreed it yet"}],
             "editions":[{"id":"%s","edition":1,"state":"draft","publishedAt":null}],"version":3}""";

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.resetAll();
        }
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        quadService(get(urlPathEqualTo(PATH)).willReturn(okJson(report(false))));
    }

    static String report(boolean councilAgreed) {
        return REPORT_JSON.formatted(REPORT, QUAD, GLASGOW, SWOT_PARAGRAPH,
                councilAgreed ? "{\"by\":\"glasgow-city\",\"at\":\"2027-03-01T10:00:00Z\"}" : "null",
                councilAgreed ? "" : "{\"field\":\"councilAgreement\",\"message\":\"no editor of Glasgow City has"
                        + " agreed it yet\"},", REPORT);
    }

    @Test
    void theCouncilSeesEachPreFilledParagraphsSourceAndSavesASectionAtTheVersionItRead() {
        given().auth().oauth2(NoticeLinksTest.editor()).when().get(PATH)
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Findings report</h1>"))
                .body(containsString("From Statement SWOT: strength (priority 1)"))
                .body(containsString(">Strong partnerships with colleges</textarea>"))
                .body(containsString("name=\"id\" value=\"" + SWOT_PARAGRAPH + "\""))
                .body(containsString("no editor of Glasgow City has agreed it yet"))
                .body(containsString("id=\"agree\""))
                .body(not(containsString("id=\"publish\"")));

        quadService(put(urlPathEqualTo(PATH + "/sections/strengths")).willReturn(okJson(report(false))));
        given().auth().oauth2(NoticeLinksTest.editor()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("version", "3")
                .formParam("id", SWOT_PARAGRAPH).formParam("text", "Strong partnerships with colleges and employers")
                .formParam("id", "").formParam("text", "Our own words")
                .when().post(PATH + "/sections/strengths")
                .then().log().ifValidationFails().statusCode(303)
                .header("Location", containsString(PATH + "?done=saved"));
        verifyQuadService(putRequestedFor(urlPathEqualTo(PATH + "/sections/strengths"))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("""
                        {"paragraphs":[{"id":"%s","text":"Strong partnerships with colleges and employers"},
                                       {"id":null,"text":"Our own words"}]}""".formatted(SWOT_PARAGRAPH))));
    }

    @Test
    void aParagraphTheServiceRefusesIsLinkedFromTheErrorSummaryAndTheTextKept() {
        quadService(put(urlPathEqualTo(PATH + "/sections/strengths")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Unprocessable","status":422,"detail":"The section Strengths cannot be saved",
                         "errors":[{"field":"paragraphs[1].text","message":"must be at most 10000 characters, not 10001"}]}""")));
        given().auth().oauth2(NoticeLinksTest.editor()).contentType("application/x-www-form-urlencoded")
                .formParam("version", "3")
                .formParam("id", SWOT_PARAGRAPH).formParam("text", "Kept")
                .formParam("id", "").formParam("text", "Far too long")
                .when().post(PATH + "/sections/strengths")
                .then().log().ifValidationFails().statusCode(422)
                .body(containsString("There is a problem"))
                .body(containsString("href=\"#strengths-text-1\""))
                .body(containsString("Paragraph 2 must be at most 10000 characters"))
                .body(containsString(">Far too long</textarea>"));
    }

    @Test
    void adesIsToldWhatIsMissingWhenPublishingAnUnagreedReport() {
        quadService(get(urlPathEqualTo(PATH)).willReturn(okJson(report(true))));
        quadService(post(urlPathEqualTo(PATH + "/publication")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Conflict","status":409,"detail":"The report cannot be published until it is agreed",
                         "errors":[{"field":"adesAgreement","message":"neither ADES nor the ADES officer assigned to the quad has agreed it yet"}]}""")));
        given().auth().oauth2(NoticeLinksTest.ades()).contentType("application/x-www-form-urlencoded")
                .formParam("version", "4")
                .when().post(PATH + "/publication")
                .then().log().ifValidationFails().statusCode(409)
                .body(containsString("There is a problem"))
                .body(containsString("Neither ADES nor the ADES officer assigned to the quad has agreed it yet."))
                .body(containsString("Agreed by glasgow-city"));
        verifyQuadService(postRequestedFor(urlPathEqualTo(PATH + "/publication"))
                .withHeader("If-Match", equalTo("\"4\"")));
    }

    @Test
    void aReportNobodyStartedOffersToStartIt() {
        quadService(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"not started yet\"}")));
        given().auth().oauth2(NoticeLinksTest.editor()).when().get(PATH)
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("Nobody has started this council"))
                .body(containsString("id=\"start\""));
        quadService(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(report(false))));
        given().auth().oauth2(NoticeLinksTest.editor()).redirects().follow(false).when().post(PATH)
                .then().statusCode(303).header("Location", endsWith(PATH + "?done=started"));
    }

    private static void quadService(MappingBuilder stub) {
        ServiceStubs.server.stubFor(stub);
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.stubFor(stub);
        }
    }

    private static void verifyQuadService(RequestPatternBuilder request) {
        int seen = ServiceStubs.server.findAll(request).size();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            seen += QuadServiceStub.server.findAll(request).size();
        }
        if (seen != 1) {
            throw new AssertionError("quad-service was called " + seen + " times, not once, with " + request.build());
        }
    }
}
