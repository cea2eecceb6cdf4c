package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * With the count kept (as ./quads up and a deployment keep it, here for an hour so that nothing expires mid-test): a
 * user's next pages show the count without asking notification-service again, another user's header is asked for
 * their own, and marking notices read shows the new count on the very next page.
 */
@QuarkusTest
@TestProfile(UnreadCountKeptTest.Kept.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class UnreadCountKeptTest {

    public static class Kept implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quads.portal.unread-count.max-age", "1H");
        }
    }

    static String user(String name) {
        return OidcWiremockTestResource.generateJwtToken(name, Set.of("authority-editor"), "123456", "Bearer",
                Set.of("https://server.example.com"), Map.of("authority", CouncilPagesTest.GLASGOW));
    }

    @BeforeEach
    void stubs() {
        CouncilPagesTest.stubCouncilCycle(3);
    }

    private void pageShows(String token, String count) {
        given().auth().oauth2(token).accept("text/html")
                .when().get("/council/cycles/" + CouncilPagesTest.CYCLE)
                .then().statusCode(200)
                .body(containsString("data-count=\"" + count + "\""));
    }

    @Test
    void aUsersNextPagesShowTheCountWithoutAskingAgainUntilTheyMarkNoticesRead() {
        String editor = user("kept-editor");
        pageShows(editor, "3");
        pageShows(editor, "3");
        pageShows(editor, "3");
        ServiceStubs.server.verify(1, getRequestedFor(urlPathEqualTo("/notifications")));

        // Someone else's header is their own count.
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        pageShows(user("kept-colleague"), "0");
        ServiceStubs.server.verify(2, getRequestedFor(urlPathEqualTo("/notifications")));

        ServiceStubs.server.stubFor(post(urlPathEqualTo("/notifications/read-all"))
                .willReturn(aResponse().withStatus(204)));
        given().auth().oauth2(editor).redirects().follow(false)
                .when().post("/notifications/read-all")
                .then().statusCode(303);
        pageShows(editor, "0");
    }

    @Test
    void aCountTheServiceCouldNotGiveIsAskedAgainOnTheNextPage() {
        String editor = user("kept-unlucky");
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications")).willReturn(aResponse().withStatus(503)));
        pageShows(editor, "");
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":3,\"items\":[]}")));
        pageShows(editor, "3");
    }
}
