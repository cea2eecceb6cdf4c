package scot.quads.support.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.quads.contract.Events;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.support.outbox.Outbox;
import scot.quads.testing.PostgresTestResource;
import scot.quads.testing.Tokens;

/**
 * With no Kafka broker to be reached the service stays started and ready (it serves its users; events wait in the outbox), while
 * the health detail and the metrics say the broker is unreachable and how many events wait.
 */
@QuarkusTest
@TestProfile(KafkaOutageHealthTest.NoBroker.class)
class KafkaOutageHealthTest {

    /** The real PostgreSQL and OIDC server, and a Kafka address where nothing listens. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:9");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class),
                    new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    Outbox outbox;

    @Test
    void aBrokerOutageLeavesTheServiceReadyAndShowsInHealthDetailAndMetrics() {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(Events.COUNCIL_UPDATED, "S-outage",
                new CouncilV1("S-outage", "Waiting council", null, null, null, 2, 3, true)));

        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));
        given().when().get("/q/health/live").then()
                .statusCode(200);
        // Started as well: a service (re)started while the broker is down must not be restarted over and over.
        given().when().get("/q/health/started").then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));

        given().when().get("/q/health/well").then()
                .statusCode(503)
                .body("checks.name", hasItem("event flow"))
                .body("checks.find { it.name == 'event flow' }.status", org.hamcrest.Matchers.equalTo("DOWN"))
                .body("checks.find { it.name == 'event flow' }.data.kafka", startsWith("unreachable"))
                .body("checks.find { it.name == 'event flow' }.data.outboxUnsent", greaterThanOrEqualTo(1));

        given().auth().oauth2(Tokens.token("scraper", List.of("quads-metrics"), null)).when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("quads_kafka_broker_reachable 0.0"))
                .body(containsString("quads_outbox_unsent_events"))
                .body(not(containsString("quads_outbox_unsent_events 0.0")));
    }
}
