package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The council's improvement plan page: its actions from every quad and cycle with the officer, the measure from
 * baseline to target and the status, and the plan's downloads handed over as quad-service makes them.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class PlanPagesTest {

    static final String GLASGOW = "S12000049";
    static final String ACTION = "88888888-8888-4888-8888-888888888888";

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.resetAll();
        }
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    @Test
    void theCouncilSeesItsActionsWithOfficerMeasureAndStatusAndCanDownloadThePlan() {
        quadService(get(urlPathEqualTo("/councils/" + GLASGOW + "/plan")).willReturn(okJson("""
                [{"cycleId":"77777777-7777-4777-8777-777777777777","cycleName":"2026-27",
                  "cycleDeadline":"2027-01-31","quadId":"44444444-4444-4444-8444-444444444444","quadName":"West quad",
                  "action":{"id":"%s","quadId":"44444444-4444-4444-8444-444444444444",
                   "cycleId":"77777777-7777-4777-8777-777777777777","ownerCouncil":"S12000049",
                   "description":"Run attendance clinics","questionCodes":[],"dueDate":"2027-06-30",
                   "status":"in-progress","overdue":false,"version":1,"officerName":"A. Example",
                   "officerRole":"Head of service","successMeasure":"Attendance in S4","baseline":"86%%",
                   "target":"89%%"},
                  "followUpOn":"2028-03-01",
                  "progress":[{"id":"99999999-9999-4999-8999-999999999999","status":"in-progress",
                   "impact":"Two clinics running","recordedAt":"2027-09-01T10:00:00Z","recordedBy":"glasgow-city"}]}]
                """.formatted(ACTION))));
        quadService(get(urlPathEqualTo("/councils/" + GLASGOW + "/plan/export")).withQueryParam("format",
                equalTo("csv")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=UTF-8")
                .withHeader("Content-Disposition", "attachment; filename=\"plan.csv\"")
                .withBody("Cycle,Quad\r\n2026-27,West quad\r\n")));

        given().auth().oauth2(NoticeLinksTest.editor()).when().get("/council/plan")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Improvement plan</h1>"))
                .body(containsString("id=\"plan-" + ACTION + "\""))
                .body(containsString("Run attendance clinics"))
                .body(containsString("A. Example, Head of service"))
                .body(containsString("Attendance in S4: from 86% to 89%"))
                .body(containsString("In progress"))
                .body(containsString("1 March 2028"))
                .body(containsString("In progress: Two clinics running"))
                .body(containsString("action=\"/council/plan/actions/44444444-4444-4444-8444-444444444444/" + ACTION
                        + "/progress\""))
                .body(containsString("href=\"/council/plan/export?format=csv\""));
        given().auth().oauth2(NoticeLinksTest.editor()).when().get("/council/plan/export?format=csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("plan.csv"))
                .body(containsString("2026-27,West quad"));
    }

    @Test
    void progressIsRecordedAtTheVersionShownAndMissingEvidenceIsLinkedFromTheErrorSummary() {
        String path = "/quads/44444444-4444-4444-8444-444444444444/actions/" + ACTION + "/progress";
        quadService(get(urlPathEqualTo("/councils/" + GLASGOW + "/plan")).willReturn(okJson("[]")));
        quadService(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"99999999-9999-4999-8999-999999999999","status":"done","impact":"Attendance 88.4%",
                         "recordedAt":"2028-03-01T10:00:00Z","recordedBy":"glasgow-city"}""")));

        given().auth().oauth2(NoticeLinksTest.editor()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("status", "done").formParam("impact", " Attendance 88.4% ").formParam("version", "4")
                .when().post("/council/plan/actions/44444444-4444-4444-8444-444444444444/" + ACTION + "/progress")
                .then().statusCode(303).header("Location", containsString("/council/plan?done=recorded"));
        RequestPatternBuilder recorded = postRequestedFor(urlPathEqualTo(path))
                .withHeader("If-Match", equalTo("\"4\""))
                .withRequestBody(equalToJson("{\"status\":\"done\",\"impact\":\"Attendance 88.4%\"}"));
        int seen = ServiceStubs.server.findAll(recorded).size();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            seen += QuadServiceStub.server.findAll(recorded).size();
        }
        org.assertj.core.api.Assertions.assertThat(seen).as("quad-service asked once to record it").isEqualTo(1);

        given().auth().oauth2(NoticeLinksTest.editor()).contentType("application/x-www-form-urlencoded")
                .formParam("status", "done").formParam("impact", " ").formParam("version", "4")
                .when().post("/council/plan/actions/44444444-4444-4444-8444-444444444444/" + ACTION + "/progress")
                .then().statusCode(422)
                .body(containsString("href=\"#progress-" + ACTION + "-impact\""))
                .body(containsString("Enter the evidence of the action&#39;s impact"));
    }

    @Test
    void adesHasNoCouncilPlanOfItsOwn() {
        given().auth().oauth2(NoticeLinksTest.ades()).when().get("/council/plan").then().statusCode(403);
    }

    private static void quadService(MappingBuilder stub) {
        ServiceStubs.server.stubFor(stub);
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.stubFor(stub);
        }
    }
}
