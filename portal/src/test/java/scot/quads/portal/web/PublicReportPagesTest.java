package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * The public part: published findings reports by council and year, each as an accessible page and a PDF, the Atom
 * feed, the robots rules and the sitemap, all without signing in and cacheable; every other page still needs a
 * sign-in.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(QuadServiceStub.class)
class PublicReportPagesTest {

    static final String FIRST = "11111111-aaaa-4aaa-8aaa-111111111111";
    static final String SECOND = "22222222-bbbb-4bbb-8bbb-222222222222";
    static final String OTHER = "33333333-cccc-4ccc-8ccc-333333333333";

    @BeforeEach
    void publishedReports() {
        QuadServiceStub.server.resetAll();
        stub(get(urlPathEqualTo("/public/findings")).willReturn(okJson("""
                [{"id":"%s","councilCode":"S12000013","councilName":"Na h-Eileanan Siar","cycleName":"2027-28",
                  "edition":2,"state":"published","publishedAt":"2028-05-02T09:00:00Z","supersededBy":null},
                 {"id":"%s","councilCode":"S12000047","councilName":"Fife","cycleName":"2026-27","edition":1,
                  "state":"published","publishedAt":"2027-04-20T09:00:00Z","supersededBy":null},
                 {"id":"%s","councilCode":"S12000013","councilName":"Na h-Eileanan Siar","cycleName":"2027-28",
                  "edition":1,"state":"superseded","publishedAt":"2028-03-10T09:00:00Z","supersededBy":"%s"}]
                """.formatted(SECOND, OTHER, FIRST, SECOND))));
        stub(get(urlPathEqualTo("/public/findings/" + FIRST)).willReturn(okJson("""
                {"id":"%s","councilCode":"S12000013","councilName":"Na h-Eileanan Siar","cycleName":"2027-28",
                 "edition":1,"state":"superseded","publishedAt":"2028-03-10T09:00:00Z","supersedes":null,
                 "supersededBy":"%s","supersededAt":"2028-05-02T09:00:00Z","correctionReason":null,"version":5,
                 "sections":[{"key":"introduction","title":"Introduction and context","paragraphs":[
                   "Our islands' schools are small & far apart."]},
                  {"key":"focus","title":"Focus and focus question","paragraphs":[]},
                  {"key":"strengths","title":"Strengths","paragraphs":["Staff know every learner well.",
                   "Partnerships with the college are strong."]}]}""".formatted(FIRST, SECOND))));
        stub(get(urlPathEqualTo("/public/findings/" + FIRST + "/pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4 a report")));
        stub(get(urlPathEqualTo("/public/findings/" + FIRST + "/docx")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .withBody("PK a Word document")));
        stub(get(urlPathEqualTo("/public/findings/" + OTHER)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No published report\"}")));
    }

    @Test
    void publishedReportsAreListedByCouncilAndYearWithoutSigningIn() {
        Response all = given().redirects().follow(false).when().get("/reports").thenReturn();
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(all.header("ETag")).isNotBlank();
        assertThat(all.asString()).contains("govuk-skip-link", "<h1 class=\"govuk-heading-xl\">Published findings"
                + " reports</h1>", "href=\"/reports/" + SECOND + "\"", "href=\"/reports/" + OTHER + "\"",
                "<option value=\"Fife\">Fife</option>", "<option value=\"2028\">2028</option>")
                .doesNotContain("Sign out");

        given().when().get("/reports?council=Na h-Eileanan Siar&year=2028").then().statusCode(200)
                .body(containsString("href=\"/reports/" + SECOND + "\""))
                .body(containsString("href=\"/reports/" + FIRST + "\""))
                .body(not(containsString("href=\"/reports/" + OTHER + "\"")))
                .body(containsString("2 reports from Na h-Eileanan Siar published in 2028"));
        given().when().get("/reports?year=2019").then().statusCode(200)
                .body(containsString("No published report matches your choice"));

        given().header("If-None-Match", all.header("ETag")).when().get("/reports").then().statusCode(304);
        for (LoggedRequest call : QuadServiceStub.server.findAll(getRequestedFor(urlPathEqualTo("/public/findings")))) {
            assertThat(call.containsHeader("Authorization")).as("the public list is read with nobody's token")
                    .isFalse();
        }
    }

    @Test
    void aReportIsAnAccessiblePageWithItsSectionsAndSaysWhenItWasCorrected() {
        Response page = given().when().get("/reports/" + FIRST).thenReturn();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(page.asString())
                .contains("<html lang=\"en-GB\"", "<h1 class=\"govuk-heading-xl\">Na h-Eileanan Siar</h1>",
                        "<h2 class=\"govuk-heading-l\" id=\"introduction\">Introduction and context</h2>",
                        "Our islands&#39; schools are small &amp; far apart.",
                        "<h2 class=\"govuk-heading-l\" id=\"strengths\">Strengths</h2>",
                        "This edition was corrected on 2 May 2028",
                        "href=\"/reports/" + SECOND + "\"", "href=\"/reports/" + FIRST + "/pdf\"",
                        "href=\"/reports/" + FIRST + "/docx\"")
                .doesNotContain("id=\"focus\"");

        given().when().get("/reports/" + FIRST + "/pdf").then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Cache-Control", "public, max-age=300")
                .body(startsWith("%PDF-"));
        given().when().get("/reports/" + FIRST + "/docx").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header("Content-Disposition", containsString(".docx"))
                .body(startsWith("PK"));
        given().when().get("/reports/" + OTHER).then().statusCode(404);
        given().when().get("/reports/not-a-report").then().statusCode(404);
    }

    @Test
    void theFeedTheRobotsRulesAndTheSitemapNameOnlyThePublicPart() {
        given().when().get("/reports/feed").then().statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .header("Cache-Control", "public, max-age=300")
                .body(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
                .body(containsString("<id>urn:uuid:" + SECOND + "</id>"))
                .body(containsString("<title>Na h-Eileanan Siar: findings report 2027-28 (edition 2)</title>"))
                .body(containsString("/reports/" + OTHER + "/pdf\""))
                .body(containsString("<updated>2028-05-02T09:00:00Z</updated>"));
        String robots = given().when().get("/robots.txt").then().statusCode(200).extract().asString();
        assertThat(robots).contains("User-agent: *\nAllow: /reports\nDisallow: /\n").contains("/sitemap.xml");
        given().when().get("/sitemap.xml").then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .body(containsString("/reports/" + FIRST + "</loc><lastmod>2028-03-10</lastmod>"))
                .body(containsString("/reports</loc>"));
    }

    @Test
    void everyOtherPageStillNeedsASignIn() {
        for (String path : List.of("/council", "/quads", "/quads/" + FIRST + "/findings/S12000013", "/ades",
                "/ades/assignments", "/notifications", "/assigned", "/reportsx")) {
            given().redirects().follow(false).when().get(path).then()
                    .statusCode(302).header("Location", containsString("response_type=code"));
        }
    }

    private static void stub(MappingBuilder stub) {
        QuadServiceStub.server.stubFor(stub);
    }
}
