package scot.quads.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.support.TestApplication.Effects;
import scot.quads.support.TestApplication.Faults;
import scot.quads.support.TestApplication.StoppingConsumer;
import scot.quads.testing.KafkaTestResource;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;

@QuarkusTest
@QuadsTestStack
class EventInboxTest {

    private static final String TOPIC = "quads.test.support-inbox";
    private static final String DEAD_LETTERS = "quads.dead-letter.support-test";

    @Inject
    Effects effects;

    @Inject
    Faults faults;

    @Inject
    EventInbox inbox;

    @Inject
    StoppingConsumer stoppingConsumer;

    @Test
    void anEventDeliveredTwiceHasItsEffectOnce() {
        String council = "S-" + UUID.randomUUID();
        CloudEvent event = councilEvent(council, "First name");

        TestKafka.send(TOPIC, council, event);
        TestKafka.send(TOPIC, council, event);
        TestKafka.send(TOPIC, council, councilEvent(council, "Sentinel"));

        await().atMost(Duration.ofSeconds(30)).until(() -> names(council).contains("Sentinel"));
        assertThat(names(council)).containsExactly("First name", "Sentinel");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String council = "S-" + UUID.randomUUID();

        TestKafka.send(TOPIC, council, "this is not an event");
        TestKafka.send(TOPIC, council, EventCodec.write(new CloudEvent("1.0", UUID.randomUUID().toString(),
                "/nowhere", "quads.council.renamed-by-aliens.v9", null, council, null, null)));
        TestKafka.send(TOPIC, council, councilEvent(council, "After the poison"));

        await().atMost(Duration.ofSeconds(30)).until(() -> names(council).contains("After the poison"));
        List<ConsumerRecord<String, String>> dead = TestKafka.records(DEAD_LETTERS, Duration.ofSeconds(20),
                seen -> seen.stream().filter(r -> council.equals(r.key())).count() >= 2)
                .stream().filter(r -> council.equals(r.key())).toList();
        assertThat(dead).extracting(ConsumerRecord::value)
                .containsExactly("this is not an event", dead.get(1).value());
        assertThat(dead.get(1).value()).contains("renamed-by-aliens");
        assertThat(TestKafka.headers(dead.get(0)).get("dead-letter-reason")).contains("not a CloudEvents");
        assertThat(TestKafka.headers(dead.get(1)).get("dead-letter-reason")).contains("Unknown event type");
        assertThat(names(council)).containsExactly("After the poison");
    }

    @Test
    void anEventMetByADatabaseOutageWaitsForTheDatabaseInsteadOfGoingToTheDeadLetterTopic() {
        String council = "S-" + UUID.randomUUID();
        // More outages in a row than the retries any other failure gets before it is dead-lettered.
        faults.databaseDown(council, 6);

        TestKafka.send(TOPIC, council, councilEvent(council, "Through the outage"));

        await().atMost(Duration.ofSeconds(60)).until(() -> names(council).contains("Through the outage"));
        assertThat(names(council)).containsExactly("Through the outage");
        assertThat(TestKafka.records(DEAD_LETTERS, Duration.ofSeconds(5), seen -> false))
                .noneMatch(record -> council.equals(record.key()));
    }

    @Test
    void anEventThatArrivesWhileTheInstanceStopsIsNeitherAppliedNorRecordedButLeftForTheNextInstance() {
        String council = "S-" + UUID.randomUUID();
        String event = EventCodec.write(councilEvent(council, "After the restart"));
        EventRouter router = EventRouter.builder()
                .on(Events.COUNCIL_UPDATED, (e, c) -> effects.add(c.gssCode(), c.name())).build();

        inbox.stopping(true);
        try {
            assertThatThrownBy(() -> inbox.receive(event, router)).isInstanceOf(ServiceStoppingException.class)
                    .hasMessageContaining("stopping");
        } finally {
            inbox.stopping(false);
        }
        assertThat(names(council)).isEmpty();

        // Not recorded as processed either: the next instance, given the record again, applies it (once).
        assertThat(inbox.receive(event, router)).isTrue();
        assertThat(inbox.receive(event, router)).isFalse();
        assertThat(names(council)).containsExactly("After the restart");
    }

    @Test
    void aRecordCutShortByTheInstanceStoppingIsNotDeadLetteredAndItsOffsetIsNotCommitted() throws Exception {
        String topic = "quads.test.support-stopping";
        // One key, so both records are on one partition, one after the other.
        String key = "stopping-" + UUID.randomUUID();
        String taken = "fine " + key;
        String cutShort = "stop: the instance is going away " + key;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers()))) {
            // A record taken normally: its offset is committed (the connector commits every 5 s).
            TestKafka.send(topic, key, taken);
            await().atMost(Duration.ofSeconds(60)).until(() -> stoppingConsumer.seen(taken) == 1);
            ConsumerRecord<String, String> record = TestKafka.records(topic, Duration.ofSeconds(20),
                    seen -> seen.stream().anyMatch(r -> taken.equals(r.value()))).stream()
                    .filter(r -> taken.equals(r.value())).findFirst().orElseThrow();
            TopicPartition partition = new TopicPartition(topic, record.partition());
            long next = record.offset() + 1;
            await().atMost(Duration.ofSeconds(30)).until(() -> committed(admin, partition) == next);

            // A record met as the instance stops: handed over, refused, and then left where it is.
            TestKafka.send(topic, key, cutShort);
            await().atMost(Duration.ofSeconds(30)).until(() -> stoppingConsumer.seen(cutShort) == 1);
            // Longer than two of the connector's commit intervals: a commit past it would have happened by now.
            TimeUnit.SECONDS.sleep(12);
            assertThat(committed(admin, partition)).as("the group's committed offset stays at the record cut short")
                    .isEqualTo(next);
        }
        assertThat(TestKafka.records(DEAD_LETTERS, Duration.ofSeconds(5), seen -> false))
                .noneMatch(dead -> key.equals(dead.key()));
    }

    private static long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets("support-test-stopping")
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).get(partition);
        return offset == null ? -1 : offset.offset();
    }

    private static CloudEvent councilEvent(String council, String name) {
        return EventCodec.event(Events.COUNCIL_UPDATED, "/authority-service", council,
                new CouncilV1(council, name, null, null, null, 2, 3, true));
    }

    private List<String> names(String council) {
        return QuarkusTransaction.requiringNew().call(() -> effects.names(council));
    }
}
