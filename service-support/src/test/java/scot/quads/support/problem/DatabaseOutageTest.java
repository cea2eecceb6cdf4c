package scot.quads.support.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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

    @Inject
    AgroalDataSource dataSource;

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

    @Test
    void onceTheDatabaseIsBackNoRequestMeetsADeadPooledConnection() throws SQLException {
        // Four connections in the pool, all alive, as after a busy moment.
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            open.add(dataSource.getConnection());
        }
        for (Connection connection : open) {
            connection.close();
        }

        // The database goes away for 2 s (a restart takes at least that long) while no request comes, so the pooled
        // connections stay in the pool, dead: a connection of its own is refused throughout.
        PostgresBehindASwitch.cut();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(this::databaseRefusesConnections);

        // Back: the pooled connections died with it, yet not one request fails on one of them.
        PostgresBehindASwitch.restore();
        String after = "Back " + UUID.randomUUID();
        for (int request = 0; request < 8; request++) {
            given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(note(after + " " + request))
                    .when().post("/test/notes").then().statusCode(200);
        }
    }

    private boolean databaseRefusesConnections() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (Connection direct = java.sql.DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))) {
            return false;
        } catch (SQLException refused) {
            return true;
        }
    }

    private static String note(String title) {
        return "{\"title\":\"" + title + "\",\"body\":\"b\"}";
    }
}
