package scot.quads.support.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** With the broker up, the event flow is UP in the health detail and the gauges say so. */
@QuarkusTest
@QuadsTestStack
class EventFlowHealthTest {

    @Test
    void aReachableBrokerIsUpInHealthDetailAndMetrics() {
        given().when().get("/q/health/well").then()
                .statusCode(200)
                .body("checks.find { it.name == 'event flow' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'event flow' }.data.kafka", equalTo("reachable"));

        given().auth().oauth2(Tokens.token("scraper", List.of("quads-metrics"), null)).when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("quads_kafka_broker_reachable 1.0"));
    }
}
