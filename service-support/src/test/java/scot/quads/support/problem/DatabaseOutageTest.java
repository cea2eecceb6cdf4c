package scot.quads.support.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import scot.quads.support.TestApplication.Note;
import scot.quads.testing.Tokens;

/**
 * A real database outage (every connection dropped, new ones refused) is answered 503 problem+json with Retry-After,
 * not 500, and the refused write is not there once the database is back; the service then serves again by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.DatabaseBehindASwitch.class)
class DatabaseOutageTest {

    /** PostgreSQL behind a switch the test can cut, the OIDC server, and no Kafka (nothing here publishes). */
    public static class DatabaseBehindASwitch implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresBehindASwitch.class),
                    new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("kafka.bootstrap.servers", "127.0.0.1:9");
        }
    }

    @AfterEach
    void reconnect() {
        PostgresBehindASwitch.restore();
    }

    @Test
    void aWriteDuringADatabaseOutageIs503WithRetryAfterAndLeavesNothingBehind() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(note("Before " + UUID.randomUUID()))
                .when().post("/test/notes").then().statusCode(200);

        PostgresBehindASwitch.cut();
        String during = "During " + UUID.randomUUID();
        for (int request = 0; request < 3; request++) {
            given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(note(during))
                    .when().post("/test/notes")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(503), "detail", containsString("nothing was changed"));
        }

        PostgresBehindASwitch.restore();
        String after = "After " + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(note(after))
                        .when().post("/test/notes").statusCode() == 200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Note.count("title", during))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Note.count("title", after))).isEqualTo(1);
    }

    private static String note(String title) {
        return "{\"title\":\"" + title + "\",\"body\":\"b\"}";
    }
}
