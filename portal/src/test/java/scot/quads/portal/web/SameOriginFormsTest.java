package scot.quads.portal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A form posted to the portal from another website is refused with a page saying why, before sign-in or any page
 * sees it; the portal's own forms (and programs that send no browser headers) go through to sign-in as before.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SameOriginFormsTest {

    @Test
    void aFormFromAnotherSiteIsRefused() {
        given().redirects().follow(false)
                .header("Sec-Fetch-Site", "cross-site").header("Origin", "https://evil.example")
                .formParam("level", "6")
                .when().post("/council/answers/x")
                .then().statusCode(403)
                .body(containsString("This form came from another website"))
                .body(containsString("govuk-template"));
    }

    @Test
    void aSameSiteButOtherOriginFormIsRefused() {
        given().redirects().follow(false)
                .header("Sec-Fetch-Site", "same-site").header("Origin", "https://other.quads.example.org")
                .when().post("/council/submit")
                .then().statusCode(403);
    }

    @Test
    void anOldBrowserSendingOnlyAForeignOriginIsRefused() {
        given().redirects().follow(false)
                .header("Origin", "https://evil.example")
                .when().post("/council/submit")
                .then().statusCode(403);
        given().redirects().follow(false)
                .header("Origin", "null")
                .when().post("/council/submit")
                .then().statusCode(403);
    }

    @Test
    void theOwnPagesFormsGoOnToSignIn() {
        given().redirects().follow(false)
                .header("Sec-Fetch-Site", "same-origin")
                .when().post("/council/submit")
                .then().statusCode(302).header("Location", containsString("response_type=code"));
        int port = io.restassured.RestAssured.port;
        given().redirects().follow(false)
                .header("Origin", "http://localhost:" + port)
                .header("Host", "localhost:" + port)
                .when().post("/council/submit")
                .then().statusCode(302);
    }

    @Test
    void readingPagesIsNeverRefused() {
        given().redirects().follow(false)
                .header("Sec-Fetch-Site", "cross-site")
                .when().get("/accessibility")
                .then().statusCode(200).body(not(containsString("another website")));
    }
}
