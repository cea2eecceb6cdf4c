package scot.quads.support.deadletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.support.TestApplication.Effects;
import scot.quads.support.TestApplication.Faults;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** An event dead-lettered by a bug is applied once when replayed after the fix, and a second replay leaves it be. */
@QuarkusTest
@QuadsTestStack
class DeadLetterReplayTest {

    private static final String TOPIC = "quads.test.support-inbox";
    private static final String DEAD_LETTERS = "quads.dead-letter.support-test";

    @Inject
    Effects effects;

    @Inject
    Faults faults;

    @Test
    void aDeadLetteredEventIsAppliedOnceWhenReplayedAfterItsCauseIsFixed() {
        String council = "S-" + UUID.randomUUID();
        faults.refuse(council);
        CloudEvent event = EventCodec.event(Events.COUNCIL_UPDATED, "/authority-service", council,
                new CouncilV1(council, "Refused until fixed", null, null, null, 2, 3, true));
        TestKafka.send(TOPIC, council, event);
        TestKafka.records(DEAD_LETTERS, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> council.equals(r.key())));
        assertThat(names(council)).isEmpty();

        faults.fix(council);
        JsonPath first = given().auth().oauth2(Tokens.ades())
                .when().post("/dead-letters/replay")
                .then().statusCode(200)
                .body("deadLetterTopics", hasItem(DEAD_LETTERS))
                .extract().jsonPath();
        assertThat(first.getList("events.eventId", String.class)).contains(event.id());
        assertThat(first.getList("events.findAll { it.eventId == '" + event.id() + "' }.topic", String.class))
                .containsExactly(TOPIC);

        await().atMost(Duration.ofSeconds(30)).until(() -> names(council).contains("Refused until fixed"));
        List<String> second = given().auth().oauth2(Tokens.ades())
                .when().post("/dead-letters/replay")
                .then().statusCode(200)
                .extract().jsonPath().getList("events.eventId", String.class);
        assertThat(second).doesNotContain(event.id());
        assertThat(names(council)).containsExactly("Refused until fixed");
    }

    @Test
    void onlyAdesMayReplay() {
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW))
                .when().post("/dead-letters/replay")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().post("/dead-letters/replay")
                .then().statusCode(401);
    }

    private List<String> names(String council) {
        return QuarkusTransaction.requiringNew().call(() -> effects.names(council));
    }
}
