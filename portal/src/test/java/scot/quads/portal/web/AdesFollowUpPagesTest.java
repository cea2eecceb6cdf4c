package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ADES sets a cycle's follow-up date on a page of its own; a date that is not real never reaches the service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class AdesFollowUpPagesTest {

    static final String CYCLE = "77777777-7777-4777-8777-777777777777";
    static final String PATH = "/ades/cycles/" + CYCLE + "/follow-up";

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.resetAll();
        }
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles/" + CYCLE)).willReturn(okJson("""
                {"id":"%s","name":"2026-27","rubricVersionId":"88888888-8888-4888-8888-888888888888",
                 "opensOn":"2026-09-01","submissionDeadline":"2027-01-31","closesOn":null,
                 "revealRule":"all-submitted-or-deadline","reminderDays":[14],"state":"open",
                 "createdAt":"2026-08-01T10:00:00Z","createdBy":"ades","version":2}""".formatted(CYCLE))));
        quadService(get(urlPathEqualTo("/cycles/" + CYCLE + "/follow-up")).willReturn(okJson("""
                {"cycleId":"%s","followUpOn":null,"setAt":null,"setBy":null,
                 "rule":"One year after each council's findings report for the cycle is first published",
                 "version":0}"""
                .formatted(CYCLE))));
    }

    @Test
    void adesSetsTheDateAndAnUnrealOneIsRefusedOnThePage() {
        given().auth().oauth2(NoticeLinksTest.ades()).when().get(PATH).then().statusCode(200)
                .body(containsString("a year after its findings report is first published"))
                .body(containsString("id=\"followUpOn-day\""))
                .body(containsString("name=\"version\" value=\"0\""));

        quadService(put(urlPathEqualTo("/cycles/" + CYCLE + "/follow-up")).willReturn(okJson("""
                {"cycleId":"%s","followUpOn":"2028-03-31","setAt":"2026-12-07T10:00:00Z","setBy":"ades",
                 "rule":"Set by ADES for every council in the cycle"}""".formatted(CYCLE))));
        given().auth().oauth2(NoticeLinksTest.ades()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("followUpOn-day", "31").formParam("followUpOn-month", "3")
                .formParam("followUpOn-year", "2028").formParam("version", "0")
                .when().post(PATH).then().statusCode(303).header("Location", containsString("?done=saved"));
        RequestPatternBuilder saved = putRequestedFor(urlPathEqualTo("/cycles/" + CYCLE + "/follow-up"))
                .withHeader("If-Match", equalTo("\"0\""))
                .withRequestBody(equalToJson("{\"followUpOn\":\"2028-03-31\"}"));
        assertThat(seen(saved)).isEqualTo(1);

        given().auth().oauth2(NoticeLinksTest.ades()).contentType("application/x-www-form-urlencoded")
                .formParam("followUpOn-day", "31").formParam("followUpOn-month", "2")
                .formParam("followUpOn-year", "2028")
                .when().post(PATH).then().statusCode(422)
                .body(containsString("href=\"#followUpOn-day\""))
                .body(containsString("must be a real date"))
                .body(not(containsString("Success")));
        assertThat(seen(putRequestedFor(urlPathEqualTo("/cycles/" + CYCLE + "/follow-up")))).isEqualTo(1);
    }

    @Test
    void aDateAColleagueSetMeanwhileIsShownNotOverwritten() {
        quadService(put(urlPathEqualTo("/cycles/" + CYCLE + "/follow-up")).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title":"Precondition failed","status":412,"detail":"The cycle's follow-up point was set by
                         ades-2 since you read it","current":1}""".replace("\n", ""))));
        quadService(get(urlPathEqualTo("/cycles/" + CYCLE + "/follow-up")).willReturn(okJson("""
                {"cycleId":"%s","followUpOn":"2028-06-30","setAt":"2026-12-07T10:00:00Z","setBy":"ades-2",
                 "rule":"Set by ADES for every council in the cycle","version":1}""".formatted(CYCLE))));

        given().auth().oauth2(NoticeLinksTest.ades()).contentType("application/x-www-form-urlencoded")
                .formParam("followUpOn-day", "31").formParam("followUpOn-month", "3")
                .formParam("followUpOn-year", "2028").formParam("version", "0")
                .when().post(PATH).then().statusCode(422)
                .body(containsString("Someone else set the follow-up date after you opened this page"))
                .body(containsString("href=\"#followUpOn-day\""))
                .body(containsString("30 June 2028"))
                // Saving again now goes at the version the page shows.
                .body(containsString("name=\"version\" value=\"1\""))
                .body(not(containsString("Success")));
        assertThat(seen(putRequestedFor(urlPathEqualTo("/cycles/" + CYCLE + "/follow-up"))
                .withHeader("If-Match", equalTo("\"0\"")))).isEqualTo(1);
    }

    @Test
    void aCouncilUserCannotReachIt() {
        given().auth().oauth2(NoticeLinksTest.editor()).when().get(PATH).then().statusCode(403);
    }

    private static void quadService(MappingBuilder stub) {
        ServiceStubs.server.stubFor(stub);
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.stubFor(stub);
        }
    }

    private static int seen(RequestPatternBuilder request) {
        int seen = ServiceStubs.server.findAll(request).size();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            seen += QuadServiceStub.server.findAll(request).size();
        }
        return seen;
    }
}
