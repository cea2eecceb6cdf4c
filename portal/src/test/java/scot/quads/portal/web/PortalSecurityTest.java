package scot.quads.portal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Without a session every page sends the browser to sign in; the design system's files and health are public. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PortalSecurityTest {

    @Test
    void aPageWithoutASessionRedirectsToTheSignInPage() {
        given().redirects().follow(false)
                .when().get("/council")
                .then().statusCode(302)
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("client_id=quarkus-web-app"))
                .header("Location", containsString("redirect_uri=http%3A%2F%2F127.0.0.1%3A"))
                .header("Location", containsString("%2Fcouncil"));
    }

    @Test
    void govukFrontendIsServedWithoutSigningIn() {
        given().when().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")
                .then().statusCode(200)
                .contentType(startsWith("text/css"));
        given().when().get("/static/autosave.js").then().statusCode(200);
    }

    @Test
    void theAccessibilityStatementIsPublicAndUsesTheGovukTemplate() {
        given().when().get("/accessibility")
                .then().statusCode(200)
                .body(containsString("govuk-skip-link"))
                .body(containsString("Accessibility statement for Quads"))
                .body(containsString("govuk-phase-banner"));
    }

    @Test
    void healthIsPublic() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
