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

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADES says where a draft's quality indicator came from on its change page, as for a question: the lineage chosen
 * (pre-selected as the service has it) and the earlier version's codes go to rubric-service, whose refusal is shown
 * on the field it names; a version based on nothing asks for no lineage.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class AdesIndicatorLineageTest {

    static final String OLDER = "83333333-3333-3333-3333-333333333333";
    static final String DRAFT = "85555555-5555-5555-5555-555555555555";
    static final String PAGE = "/ades/versions/" + DRAFT + "/indicators/B3/change";

    static String version(String derivedFrom) {
        return """
                {"id":"%s","frameworkCode":"F","frameworkTitle":"Framework","number":2,"label":"next",
                 "status":"draft","derivedFromVersionId":%s,"version":1,"questionCount":0,
                 "gradingGrain":"quality-indicator","scale":[],"themes":[{"code":"B","title":"Leading",
                 "indicators":[{"id":"86666666-6666-6666-6666-666666666666","code":"B3","title":"Leadership of change",
                                "lineage":"same","questions":[]}]}]}"""
                .formatted(DRAFT, derivedFrom == null ? "null" : "\"" + derivedFrom + "\"");
    }

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + DRAFT)).willReturn(okJson(version(OLDER))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    @Test
    void thePageOffersTheLineageAndSendsItWithTheEarlierCodes() {
        given().auth().oauth2(NoticeLinksTest.ades()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("Change quality indicator B3"))
                .body(containsString("value=\"Leadership of change\""))
                .body(containsString("<option value=\"same\" selected>same</option>"))
                .body(containsString("id=\"derivedFrom\""));

        ServiceStubs.server.stubFor(patch(urlPathEqualTo("/versions/" + DRAFT + "/indicators/B3"))
                .willReturn(okJson(version(OLDER))));
        given().auth().oauth2(NoticeLinksTest.ades()).redirects().follow(false)
                .formParam("title", "Leadership of change").formParam("lineage", "split-from")
                .formParam("derivedFrom", "B2")
                .when().post(PAGE)
                .then().statusCode(303);
        ServiceStubs.server.verify(patchRequestedFor(urlPathEqualTo("/versions/" + DRAFT + "/indicators/B3"))
                .withRequestBody(equalToJson("""
                        {"title":"Leadership of change","lineage":"split-from","derivedFrom":["B2"]}""")));
    }

    @Test
    void theServicesRefusalIsShownOnTheFieldItNames() {
        ServiceStubs.server.stubFor(patch(urlPathEqualTo("/versions/" + DRAFT + "/indicators/B3"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"about:blank","title":"Unprocessable","status":422,
                                 "detail":"The indicator's lineage does not fit",
                                 "errors":[{"field":"derivedFrom","message":"names Z9, which the earlier version does not have"}]}
                                """)));
        given().auth().oauth2(NoticeLinksTest.ades())
                .formParam("title", "Leadership of change").formParam("lineage", "reworded")
                .formParam("derivedFrom", "Z9")
                .when().post(PAGE)
                .then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#derivedFrom\""))
                .body(containsString("names Z9, which the earlier version does not have"))
                .body(containsString("<option value=\"reworded\" selected>reworded</option>"));
    }

    @Test
    void aVersionBasedOnNothingAsksOnlyForTheTitle() {
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/versions/" + DRAFT)).willReturn(okJson(version(null))));
        given().auth().oauth2(NoticeLinksTest.ades()).when().get(PAGE)
                .then().statusCode(200)
                .body(containsString("value=\"Leadership of change\""))
                .body(not(containsString("id=\"lineage\"")));
    }
}
