package scot.quads.portal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** ADES's pages and forms need a session: without one the browser is sent to sign in and nothing is called. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AdesPagesSecurityTest {

    @Test
    void theAdesPagesSendABrowserWithoutASessionToSignIn() {
        for (String page : new String[] { "/ades/cycles/new", "/ades/frameworks", "/ades/councils",
                "/ades/national", "/ades/indicators/import" }) {
            given().redirects().follow(false).when().get(page)
                    .then().statusCode(302).header("Location", containsString("response_type=code"));
        }
    }

    @Test
    void aFormPostedWithoutASessionIsNotActedOn() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", "2027-28")
                .when().post("/ades/cycles")
                .then().statusCode(302).header("Location", containsString("response_type=code"));
    }
}
