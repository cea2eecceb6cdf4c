package scot.quads.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import scot.quads.support.jdbc.Database;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * Preferences are entities now (read, then changed or added at flush), no longer an upsert: two first choices of
 * the same type by one person at the same moment meet at the primary key. The second is a 409 problem, not a 500,
 * and leaves the first's choice as it was.
 */
@QuarkusTest
@QuadsTestStack
class PreferenceConcurrencyTest {

    @Inject
    Database database;

    @Test
    void twoFirstChoicesOfOneTypeAtTheSameMomentKeepTheFirstAndAnswerTheSecondWith409() throws Exception {
        String user = "sam." + UUID.randomUUID() + "@demo.quads.invalid";
        String token = Tokens.token(user, List.of("authority-viewer"), Tokens.FIFE);
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        // The first choice is written but not committed, so the second's read finds no choice yet.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Preference.choose(user, Map.of("quad.changed", "digest"), OffsetDateTime.now());
            Preference.flush();
            firstWritten.countDown();
            await(firstMayCommit);
        }));
        await(firstWritten);
        long waitingBefore = waitingOnLocks();
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(Map.of("email", Map.of("quad.changed", "off")))
                .put("/preferences"));
        // The second's insert reaches the primary key and waits there for the first to end.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> waitingOnLocks() > waitingBefore);
        firstMayCommit.countDown();
        first.get(20, TimeUnit.SECONDS);

        second.get(20, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/preferences")
                .then().statusCode(200).body("email.'quad.changed'", equalTo("digest"));
    }

    private long waitingOnLocks() {
        return database.count("""
                SELECT count(*) AS waiting FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND datname = current_database()""", "waiting");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the other request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
