package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** ADES's list of frameworks is paged and says which cycle uses which version (issue 30, item 9). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class FrameworksPageTest {

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        List<String> frameworks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            frameworks.add("""
                    {"id":"00000000-0000-0000-0000-0000000000%02d","code":"F%d","title":"Framework %d",
                     "description":null,"versions":[{"id":"00000000-0000-0000-0001-0000000000%02d","number":1,
                     "label":"first","status":"published","publishedAt":"2026-06-01T10:00:00Z"}]}"""
                    .formatted(i, i, i, i));
        }
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/frameworks"))
                .willReturn(okJson("[" + String.join(",", frameworks) + "]")));
        ServiceStubs.server.stubFor(get(urlPathMatching("/versions/.*")).willReturn(okJson("""
                {"id":"00000000-0000-0000-0001-000000000001","number":1,"label":"first","status":"published",
                 "derivedFromVersionId":null,"version":1,"questionCount":0,"scale":[],"themes":[]}""")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles")).willReturn(okJson("""
                [{"id":"11111111-1111-1111-1111-111111111111","name":"2025-26",
                  "rubricVersionId":"00000000-0000-0000-0001-000000000001","state":"closed","version":1},
                 {"id":"11111111-1111-1111-1111-111111111112","name":"2026-27",
                  "rubricVersionId":"00000000-0000-0000-0001-000000000001","state":"open","version":1}]""")));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    @Test
    void tenFrameworksAPageEachVersionWithTheCyclesThatUseIt() {
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get("/ades/frameworks")
                .then().statusCode(200)
                .body(containsString("<title>Rubric frameworks (page 1 of 2)"))
                .body(containsString(">Framework 1</h2>"))
                .body(containsString(">Framework 10</h2>"))
                .body(not(containsString(">Framework 11</h2>")))
                .body(containsString("Used by cycles"))
                .body(containsString("<td class=\"govuk-table__cell\">2025-26, 2026-27</td>"))
                .body(containsString("<td class=\"govuk-table__cell\">None</td>"))
                .body(containsString("href=\"/ades/frameworks?page=2\" rel=\"next\""));

        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get("/ades/frameworks?page=2")
                .then().statusCode(200)
                .body(containsString(">Framework 11</h2>"))
                .body(containsString(">Framework 12</h2>"))
                .body(not(containsString(">Framework 1</h2>")))
                .body(containsString("rel=\"prev\""));

        // A page that is not there shows the nearest one, not an error.
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get("/ades/frameworks?page=99")
                .then().statusCode(200)
                .body(containsString(">Framework 12</h2>"));
    }
}
