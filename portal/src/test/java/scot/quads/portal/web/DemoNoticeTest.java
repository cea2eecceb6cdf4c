package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * On the local demo stack every page, signed in or public, says the data is invented: the demo puts our own writing
 * under real councils' names, and a published demo report must not read as the council's own (GuidancePagesTest
 * checks that it is absent by default).
 */
@QuarkusTest
@TestProfile(DemoNoticeTest.Demo.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = QuadServiceStub.class, restrictToAnnotatedClass = true)
class DemoNoticeTest {

    /** The setting ./quads up gives the portal. */
    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quads.portal.demo-notice", "true");
        }
    }

    @Test
    void theGuidanceAndThePublishedReportsSayTheDataIsInvented() {
        given().when().get("/guidance").then().statusCode(200)
                .body(containsString("id=\"demo-notice\">Everything here is invented demonstration data: no council"
                        + " wrote the answers, statements, evidence or reports shown under its name."));
        QuadServiceStub.server.stubFor(get(urlPathEqualTo("/public/findings")).willReturn(okJson("""
                [{"id":"22222222-bbbb-4bbb-8bbb-222222222222","councilCode":"S12000047","councilName":"Fife",
                  "cycleName":"2026-27","edition":1,"state":"published","publishedAt":"2027-04-20T09:00:00Z",
                  "supersededBy":null}]""")));
        given().when().get("/reports").then().statusCode(200)
                .body(containsString("Fife"))
                .body(containsString("id=\"demo-notice\">Everything here is invented demonstration data: no council"
                        + " wrote the reports published under its name."));
    }
}
