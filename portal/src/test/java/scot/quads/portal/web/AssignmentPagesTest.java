package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * ADES assigns ADES officers and link inspectors from a page, and revokes them; an officer's home lists the quads
 * their assignments reach and offers no council pages.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class AssignmentPagesTest {

    static final String QUAD = "88888888-8888-8888-8888-888888888888";
    static final String ASSIGNMENT = "99999999-9999-9999-9999-999999999999";

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.resetAll();
        }
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles")).willReturn(okJson("""
                [{"id":"%s","name":"2026-27","rubricVersionId":"%s","opensOn":"2026-09-01",
                  "submissionDeadline":"2027-01-29","revealRule":"all-submitted-or-deadline","state":"open","version":1}]
                """.formatted(CouncilPagesTest.CYCLE, CouncilPagesTest.VERSION))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/councils")).willReturn(okJson("""
                [{"gssCode":"S12000047","name":"Fife"},{"gssCode":"S12000049","name":"Glasgow City"}]""")));
        quadService(get(urlPathEqualTo("/cycles/" + CouncilPagesTest.CYCLE + "/quads")).willReturn(okJson("""
                [{"id":"%s","cycleId":"%s","name":"People family 2 - quad A",
                  "members":[{"code":"S12000047","name":"Fife"},{"code":"S12000049","name":"Glasgow City"}],
                  "formedAt":"2026-09-02T10:00:00Z"}]""".formatted(QUAD, CouncilPagesTest.CYCLE))));
        quadService(get(urlPathEqualTo("/assignments")).willReturn(okJson("""
                [{"id":"%s","role":"es-link","username":"link-inspector-1","quadId":"%s",
                  "quadName":"People family 2 - quad A","cycleId":"%s","councilCode":null,
                  "assignedAt":"2026-09-03T10:00:00Z","assignedBy":"ades","revokedAt":null,"revokedBy":null,
                  "version":0}]""".formatted(ASSIGNMENT, QUAD, CouncilPagesTest.CYCLE))));
    }

    @Test
    void adesSeesWhoIsAssignedAndAssignsSomeoneToAQuad() {
        given().auth().oauth2(NoticeLinksTest.ades()).when().get("/ades/assignments")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("<th scope=\"row\" class=\"govuk-table__header\">link-inspector-1</th>"))
                .body(containsString("<td class=\"govuk-table__cell\">Link inspector</td>"))
                .body(containsString("<option value=\"" + QUAD + "\">People family 2 - quad A (2026-27)</option>"))
                .body(containsString("<option value=\"S12000047\">Fife</option>"));

        quadService(post(urlPathEqualTo("/assignments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","role":"ades-officer","username":"ades-officer-1","quadId":"%s"}"""
                        .formatted(ASSIGNMENT, QUAD))));
        given().auth().oauth2(NoticeLinksTest.ades()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("role", "ades-officer").formParam("username", "ades-officer-1")
                .formParam("quadId", QUAD).formParam("councilCode", "")
                .when().post("/ades/assignments")
                .then().log().ifValidationFails().statusCode(303)
                .header("Location", endsWith("/ades/assignments?done=assigned"));
        verifyQuadService(postRequestedFor(urlPathEqualTo("/assignments")).withRequestBody(equalToJson("""
                {"role":"ades-officer","username":"ades-officer-1","quadId":"%s"}""".formatted(QUAD))));
    }

    @Test
    void aFormMissingItsPartsIsShownAgainWithAnErrorSummaryInPlainEnglish() {
        given().auth().oauth2(NoticeLinksTest.ades()).contentType("application/x-www-form-urlencoded")
                .formParam("username", "").formParam("quadId", "").formParam("councilCode", "")
                .when().post("/ades/assignments")
                .then().log().ifValidationFails().statusCode(422)
                .body(containsString("There is a problem"))
                .body(containsString("Select whether they are an ADES officer or a link inspector"))
                .body(containsString("Enter the sign-in name of the person"))
                .body(containsString("Select a quad, or for a link inspector a council"));
    }

    @Test
    void aRefusalFromQuadServiceIsShownBesideTheField() {
        quadService(post(urlPathEqualTo("/assignments")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"about:blank","title":"Unprocessable","status":422,
                         "detail":"The assignment cannot be made: councilCode S12000099 is not a council known to Quads",
                         "errors":[{"field":"councilCode","message":"S12000099 is not a council known to Quads"}]}""")));
        given().auth().oauth2(NoticeLinksTest.ades()).contentType("application/x-www-form-urlencoded")
                .formParam("role", "es-link").formParam("username", "link-inspector-2")
                .formParam("quadId", "").formParam("councilCode", "S12000099")
                .when().post("/ades/assignments")
                .then().log().ifValidationFails().statusCode(422)
                .body(containsString("S12000099 is not a council known to Quads"))
                .body(containsString("href=\"#councilCode\""));
    }

    @Test
    void adesRevokesAnAssignment() {
        quadService(delete(urlPathEqualTo("/assignments/" + ASSIGNMENT)).willReturn(okJson("""
                {"id":"%s","role":"es-link","username":"link-inspector-1","revokedBy":"ades"}""".formatted(ASSIGNMENT))));
        given().auth().oauth2(NoticeLinksTest.ades()).redirects().follow(false)
                .when().post("/ades/assignments/" + ASSIGNMENT + "/revoke")
                .then().log().ifValidationFails().statusCode(303)
                .header("Location", endsWith("/ades/assignments?done=revoked"));
        verifyQuadService(deleteRequestedFor(urlPathEqualTo("/assignments/" + ASSIGNMENT)));
    }

    @Test
    void anOfficerLandsOnTheirQuadsAndCannotReachAdesPages() {
        String officer = officer();
        given().auth().oauth2(officer).redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", endsWith("/assigned"));
        given().auth().oauth2(officer).when().get("/assigned")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("ADES officer"))
                .body(containsString("<a class=\"govuk-link\" href=\"/quads/" + QUAD + "\">People family 2 - quad A</a>:"
                        + " Fife, Glasgow City"))
                .body(containsString("href=\"/assigned\">Your quads</a>"))
                .body(not(containsString("href=\"/council\"")));
        given().auth().oauth2(officer).when().get("/ades/assignments").then().statusCode(403);
    }

    static String officer() {
        return OidcWiremockTestResource.generateJwtToken("ades-officer-1", Set.of("ades-officer"), "123456",
                "Bearer", Set.of("https://server.example.com"), Map.of());
    }

    private static void quadService(MappingBuilder stub) {
        ServiceStubs.server.stubFor(stub);
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.stubFor(stub);
        }
    }

    private static void verifyQuadService(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder request) {
        int seen = ServiceStubs.server.findAll(request).size();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            seen += QuadServiceStub.server.findAll(request).size();
        }
        if (seen != 1) {
            throw new AssertionError("quad-service was called " + seen + " times, not once, with " + request.build());
        }
    }
}
