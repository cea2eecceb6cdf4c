package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** ADES's new-cycle form asks whether councils must complete their statement, and says so to rubric-service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class NewCyclePageTest {

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/frameworks")).willReturn(okJson("[]")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        ServiceStubs.server.stubFor(post(urlPathEqualTo("/cycles")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","name":"2027-28","rubricVersionId":"%s","state":"open","version":1}"""
                        .formatted(CouncilPagesTest.CYCLE, CouncilPagesTest.VERSION))));
    }

    @Test
    void theStatementIsRequiredOnlyWhenADESTicksTheBox() {
        given().auth().oauth2(NoticeLinksTest.ades()).when().get("/ades/cycles/new").then().statusCode(200)
                .body(containsString("id=\"statementRequired\" name=\"statementRequired\" type=\"checkbox\""))
                .body(containsString("Councils must complete their statement before they can submit"));

        open("2027-28", true);
        ServiceStubs.server.verify(postRequestedFor(urlPathEqualTo("/cycles"))
                .withRequestBody(matchingJsonPath("$.name", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("2027-28")))
                .withRequestBody(matchingJsonPath("$[?(@.statementRequired == true)]")));
        open("2028-29", false);
        ServiceStubs.server.verify(postRequestedFor(urlPathEqualTo("/cycles"))
                .withRequestBody(matchingJsonPath("$.name", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("2028-29")))
                .withRequestBody(matchingJsonPath("$[?(@.statementRequired == false)]")));
    }

    private static void open(String name, boolean statementRequired) {
        LocalDate deadline = LocalDate.now().plusMonths(3);
        var request = given().auth().oauth2(NoticeLinksTest.ades()).redirects().follow(false)
                .formParam("name", name).formParam("rubricVersionId", CouncilPagesTest.VERSION.toString())
                .formParam("opensOn-day", "1").formParam("opensOn-month", "8")
                .formParam("opensOn-year", String.valueOf(deadline.getYear() - 1))
                .formParam("submissionDeadline-day", String.valueOf(deadline.getDayOfMonth()))
                .formParam("submissionDeadline-month", String.valueOf(deadline.getMonthValue()))
                .formParam("submissionDeadline-year", String.valueOf(deadline.getYear()))
                .formParam("revealRule", "all-submitted-or-deadline").formParam("reminderDays", "14, 7, 1");
        if (statementRequired) {
            request = request.formParam("statementRequired", "true");
        }
        request.when().post("/ades/cycles").then().statusCode(303);
    }
}
