package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** The councils this service accepts are the ones authority-service announced, whatever order the events come in. */
@QuarkusTest
@QuadsTestStack
class CouncilProjectionTest {

    private static final String DEAD_LETTERS = "quads.dead-letter.rubric-service";

    @Test
    void anAnnouncedCouncilCanBeEvaluatedAndAnUnknownOneCannot() {
        String code = freshCouncilCode();
        String cycleId = Rubrics.openCycle();
        given().auth().oauth2(Tokens.ades()).get("/cycles/" + cycleId + "/evaluations/" + code)
                .then().statusCode(404);

        TestKafka.send(Topics.COUNCILS, code,
                event(Events.COUNCIL_REGISTERED, code, "Loch Fyne", OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> name(code) != null);

        given().auth().oauth2(Tokens.ades()).get("/cycles/" + cycleId + "/evaluations/" + code)
                .then().statusCode(200)
                .body("councilName", equalTo("Loch Fyne"), "state", equalTo("not-started"));
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerOne() {
        String code = freshCouncilCode();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CloudEvent renamed = event(Events.COUNCIL_UPDATED, code, "Renamed Council", now);

        TestKafka.send(Topics.COUNCILS, code, renamed);
        TestKafka.send(Topics.COUNCILS, code, event(Events.COUNCIL_REGISTERED, code, "Original Council",
                now.minusDays(1)));
        TestKafka.send(Topics.COUNCILS, code, renamed);
        TestKafka.send(Topics.COUNCILS, code, event(Events.COUNCIL_UPDATED, code, "Sentinel", now.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> "Sentinel".equals(name(code)));

        assertThat(processed(renamed.id())).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheProjectionCarriesOn() {
        String code = freshCouncilCode();

        TestKafka.send(Topics.COUNCILS, code, "not an event at all");
        TestKafka.send(Topics.COUNCILS, code, EventCodec.write(new CloudEvent("1.0", UUID.randomUUID().toString(),
                "/authority-service", Events.COUNCIL_UPDATED.name(), OffsetDateTime.now(), code, "application/json",
                EventCodec.mapper().createObjectNode().put("gssCode", code))));
        TestKafka.send(Topics.COUNCILS, code, event(Events.COUNCIL_REGISTERED, code, "After the poison",
                OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(60)).until(() -> "After the poison".equals(name(code)));
        List<ConsumerRecord<String, String>> dead = TestKafka.records(DEAD_LETTERS, Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> code.equals(r.key())).count() >= 2)
                .stream().filter(r -> code.equals(r.key())).toList();
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0).value()).isEqualTo("not an event at all");
    }

    private static CloudEvent event(EventType<CouncilV1> type, String code, String name, OffsetDateTime time) {
        CouncilV1 council = new CouncilV1(code, name, null, null, null, 2, 3, true);
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/authority-service",
                type.name(), time, code, CloudEvent.JSON, EventCodec.mapper().valueToTree(council));
    }

    /** A code of the GSS shape that no real council has. */
    private static String freshCouncilCode() {
        return "S99" + String.format("%06d", (int) (Math.random() * 1_000_000));
    }

    private static String name(String code) {
        return Stored.council(code).map(council -> council.name).orElse(null);
    }

    private static long processed(String eventId) {
        return Stored.count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId);
    }
}
