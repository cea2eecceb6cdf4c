package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

/**
 * The action form's next-step picker: the user chooses which next step of the owner's findings report an action
 * serves from the report's own next steps (a council's users from their own report, ADES from every member's),
 * instead of typing an id; a step from another council's report than the owner's is refused on the page.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class ActionNextStepPickerTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final UUID QUAD = PartnerFixtures.QUAD;
    static final String FIFE = "S12000047";
    static final String FALKIRK = "S12000014";
    static final String FIFE_FIRST = "aaaaaaaa-1111-4111-8111-111111111111";
    static final String FIFE_SECOND = "aaaaaaaa-2222-4222-8222-222222222222";
    static final String FALKIRK_ONLY = "bbbbbbbb-3333-4333-8333-333333333333";
    static final String LONG_STEP = "Extend the attendance clinics to every secondary school and report their effect"
            + " on the attendance of young people with additional support needs to the education committee";

    @BeforeEach
    void stubs() throws Exception {
        ServiceStubs.server.resetAll();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.resetAll();
        }
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/comparison"))
                .willReturn(okJson(JSON.writeValueAsString(PartnerFixtures.revealed()))));
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/actions")).willReturn(okJson("[]")));
        quadService(get(urlPathEqualTo("/actions/overdue")).willReturn(okJson("[]")));
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/findings/" + FIFE)).willReturn(okJson(report(FIFE,
                "Fife", "{\"id\":\"" + FIFE_FIRST + "\",\"text\":\"" + LONG_STEP + "\",\"edited\":false},"
                        + "{\"id\":\"" + FIFE_SECOND + "\",\"text\":\"Share the tracker with partners\","
                        + "\"edited\":true}"))));
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/findings/" + FALKIRK)).willReturn(okJson(report(FALKIRK,
                "Falkirk", "{\"id\":\"" + FALKIRK_ONLY + "\",\"text\":\"Visit Fife's clinics\",\"edited\":false}"))));
        // West Lothian's report is not started; Dumfries and Galloway's is not this user's to read.
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/findings/S12000040")).willReturn(problem(404)));
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/findings/S12000006")).willReturn(problem(403)));
        quadService(post(urlPathEqualTo("/quads/" + QUAD + "/actions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + UUID.randomUUID() + "\"}")));
    }

    @Test
    void adesPicksFromEveryMembersNextStepsAndACouncilFromItsOwn() {
        given().auth().oauth2(NoticeLinksTest.ades()).when().get("/quads/" + QUAD + "/actions").then()
                .statusCode(200)
                .body(containsString("<label class=\"govuk-label\" for=\"action-nextStepId\">Next step in the"
                        + " findings report it serves</label>"))
                .body(containsString("<optgroup label=\"Fife's findings report\">"))
                .body(containsString("<option value=\"" + FIFE_SECOND + "\">Share the tracker with partners"
                        + "</option>"))
                // A long step is shown by its first words.
                .body(containsString("<option value=\"" + FIFE_FIRST + "\">" + LONG_STEP.substring(0, 100)))
                .body(not(containsString(LONG_STEP)))
                .body(containsString("<option value=\"" + FALKIRK_ONLY + "\">Visit Fife&#39;s clinics</option>"))
                .body(not(containsString("West Lothian's findings report")))
                .body(not(containsString("Dumfries and Galloway's findings report")));

        given().auth().oauth2(fifeEditor()).when().get("/quads/" + QUAD + "/actions").then().statusCode(200)
                .body(containsString("<option value=\"" + FIFE_SECOND + "\">"))
                .body(not(containsString(FALKIRK_ONLY)));
    }

    @Test
    void theChosenNextStepIsSentWithTheAction() {
        agree(fifeEditor(), FIFE, FIFE_SECOND).then().statusCode(303)
                .header("Location", containsString("/quads/" + QUAD + "/actions?done=created"));
        assertThat(seen(postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/actions")).withRequestBody(
                equalToJson("{\"ownerCouncil\":\"" + FIFE + "\",\"nextStepId\":\"" + FIFE_SECOND + "\"}", true,
                        true)))).isEqualTo(1);
    }

    @Test
    void aStepFromAnotherCouncilsReportOrNoneListedIsRefusedOnThePage() {
        agree(NoticeLinksTest.ades(), FIFE, FALKIRK_ONLY).then().statusCode(422)
                .body(containsString("href=\"#action-nextStepId\""))
                .body(containsString("Choose a next step from the owner&#39;s findings report: the one chosen is"
                        + " from Falkirk&#39;s"))
                .body(containsString("<option value=\"" + FALKIRK_ONLY + "\" selected>"))
                .body(containsString("aria-describedby=\"action-nextStepId-hint action-nextStepId-error\""));
        agree(fifeEditor(), FIFE, UUID.randomUUID().toString()).then().statusCode(422)
                .body(containsString("Choose one of the next steps listed, or none"));
        assertThat(seen(postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/actions")))).isZero();
    }

    @Test
    void withNoReportToPickFromThePickerSaysSo() {
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/findings/" + FIFE)).willReturn(problem(404)));
        given().auth().oauth2(fifeEditor()).when().get("/quads/" + QUAD + "/actions").then().statusCode(200)
                .body(containsString("No findings report you can read in this quad has next steps yet"))
                .body(not(containsString("<optgroup")));
    }

    private static io.restassured.response.Response agree(String token, String owner, String nextStep) {
        RequestSpecification request = given().auth().oauth2(token).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("ownerCouncil", owner).formParam("description", "Run attendance clinics")
                .formParam("due-day", "30").formParam("due-month", "6")
                .formParam("due-year", String.valueOf(LocalDate.now().getYear() + 1))
                .formParam("nextStepId", nextStep);
        return request.when().post("/quads/" + QUAD + "/actions");
    }

    static String fifeEditor() {
        return OidcWiremockTestResource.generateJwtToken("fife", Set.of("authority-editor"), "223344", "Bearer",
                Set.of("https://server.example.com"), Map.of("authority", FIFE));
    }

    private static String report(String code, String name, String nextSteps) {
        return """
                {"id":"%s","quadId":"%s","cycleId":"11111111-1111-4111-8111-111111111111","cycleName":"2026-27",
                 "councilCode":"%s","councilName":"%s","edition":1,"state":"draft","version":2,
                 "sections":[{"key":"strengths","title":"Strengths","paragraphs":[{"id":"%s","text":"Clinics run",
                   "edited":false}]},
                  {"key":"next-steps","title":"Next steps and recommendations","paragraphs":[%s]}]}"""
                .formatted(UUID.randomUUID(), QUAD, code, name, UUID.randomUUID(), nextSteps);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"No\",\"status\":" + status + ",\"detail\":\"Not for you\"}");
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
