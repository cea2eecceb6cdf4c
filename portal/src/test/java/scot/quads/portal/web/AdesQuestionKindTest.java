package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
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
 * ADES chooses how a draft's question is answered (graded or narrative) and whether a narrative one is required;
 * in a version graded per quality indicator the questions stay narrative; the service's refusal is shown on the
 * field it names.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class AdesQuestionKindTest {

    static final String DRAFT = "81111111-1111-1111-1111-111111111111";
    static final String PER_INDICATOR = "82222222-2222-2222-2222-222222222222";

    static String version(String id, String grain, String code, String kind, boolean required) {
        return """
                {"id":"%s","frameworkCode":"F","frameworkTitle":"Framework","number":2,"label":"next",
                 "status":"draft","version":1,"questionCount":1,"gradingGrain":"%s","scale":[],
                 "themes":[{"code":"D1","title":"Outcomes","guidance":null,"indicators":[
                   {"code":"D1.1","title":"Attainment","guidance":null,"questions":[
                     {"code":"%s","title":null,"prompt":"How well?","guidance":null,"illustration":null,
                      "notApplicableAllowed":false,"narrativeFields":["evidence"],"lineage":"same",
                      "kind":"%s","required":%s}]}]}]}""".formatted(id, grain, code, kind, required);
    }

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + DRAFT))
                .willReturn(okJson(version(DRAFT, "question", "D1.1.1", "graded", true))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + PER_INDICATOR))
                .willReturn(okJson(version(PER_INDICATOR, "quality-indicator", "A1-1", "narrative", false))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    @Test
    void aQuestionIsMadeAnOptionalNarrativeOne() {
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get("/ades/versions/" + DRAFT + "/questions/D1.1.1/change")
                .then().statusCode(200)
                .body(containsString("How the question is answered"))
                .body(containsString("id=\"kind\" name=\"kind\" type=\"radio\" value=\"graded\" checked"))
                .body(containsString("id=\"required\" name=\"required\" type=\"radio\" value=\"yes\" checked"));

        ServiceStubs.server.stubFor(patch(urlPathEqualTo("/versions/" + DRAFT + "/questions/D1.1.1"))
                .willReturn(okJson(version(DRAFT, "question", "D1.1.1", "narrative", false))));
        given().auth().oauth2(NoticeLinksTest.ades()).redirects().follow(false)
                .formParam("prompt", "How well?").formParam("lineage", "same")
                .formParam("kind", "narrative").formParam("required", "no")
                .when().post("/ades/versions/" + DRAFT + "/questions/D1.1.1/change")
                .then().statusCode(303);
        ServiceStubs.server.verify(patchRequestedFor(urlPathEqualTo("/versions/" + DRAFT + "/questions/D1.1.1"))
                .withRequestBody(equalToJson("{\"kind\":\"narrative\",\"required\":false}", true, true)));
    }

    @Test
    void anOptionalGradedQuestionIsRefusedOnTheFieldTheServiceNames() {
        ServiceStubs.server.stubFor(patch(urlPathEqualTo("/versions/" + DRAFT + "/questions/D1.1.1"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"about:blank","title":"Unprocessable","status":422,"detail":"no",
                                 "errors":[{"field":"required","message":"must be true: a graded question is always answered (only a narrative question may be optional)"}]}""")));
        given().auth().oauth2(NoticeLinksTest.ades())
                .formParam("prompt", "How well?").formParam("lineage", "same")
                .formParam("kind", "graded").formParam("required", "no")
                .when().post("/ades/versions/" + DRAFT + "/questions/D1.1.1/change")
                .then().statusCode(422)
                .body(containsString("href=\"#required\""))
                .body(containsString("a graded question is always answered"))
                .body(containsString("id=\"required-no\" name=\"required\" type=\"radio\" value=\"no\" checked"));
    }

    @Test
    void aQuestionOfAVersionGradedPerIndicatorIsNarrativeWithNoChoice() {
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get("/ades/versions/" + PER_INDICATOR + "/questions/A1-1/change")
                .then().statusCode(200)
                .body(containsString("id=\"kind-fixed\""))
                .body(containsString("<input type=\"hidden\" name=\"kind\" value=\"narrative\">"))
                .body(not(containsString("value=\"graded\"")))
                .body(containsString("id=\"required-no\" name=\"required\" type=\"radio\" value=\"no\" checked"));
    }
}
