package scot.quads.support.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** /q/metrics is for the operators' scraper only, and a client's refused raw paths never become metric series. */
@QuarkusTest
@QuadsTestStack
class MetricsAccessTest {

    private static String scraper() {
        return Tokens.token("scraper", List.of("quads-metrics"), null);
    }

    @Test
    void metricsNeedTheMetricsRole() {
        given().when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(Tokens.ades()).when().get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(Tokens.editor(Tokens.DUNDEE)).when().get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(scraper()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory"));
    }

    @Test
    void requestsRefusedBeforeRoutingAddNoSeriesTaggedWithTheirRawPath() {
        String id = UUID.randomUUID().toString();
        // Too large a body, no token, at a path holding an id: refused before any route or authentication.
        given().contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(4000) + "\"}")
                .when().post("/test/forms/" + id)
                .then().statusCode(413);
        given().when().get("/test/forms/" + id + "/" + "a".repeat(5000)).then().statusCode(414);
        // A matched route is counted under its template, not the id it was called with.
        given().auth().oauth2(Tokens.ades()).when().get("/test/notes/" + id);

        given().auth().oauth2(scraper()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"))
                .body(not(containsString(id)));
    }
}
