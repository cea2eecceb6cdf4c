package scot.quads.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;

@QuarkusTest
@QuadsTestStack
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void publishWhatEarlierTestsLeft() {
        relay.drain();
    }

    @Test
    void restartingTheRelayMidwayPublishesEachEventExactlyOnceAndInOrder() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> QuarkusTransaction.requiringNew().run(() ->
                ids.add(outbox.publish(Events.COUNCIL_UPDATED, run, council(run + "-" + i)).id())));

        assertThat(relay.publishBatch()).isEqualTo(4);
        relay.restart();
        assertThat(relay.drain()).isEqualTo(6);
        assertThat(relay.drain()).isZero();

        List<ConsumerRecord<String, String>> records = TestKafka.records(Topics.COUNCILS, Duration.ofSeconds(20),
                seen -> seen.stream().filter(r -> r.key().startsWith(run)).count() >= 10);
        List<String> published = records.stream()
                .filter(r -> r.key().startsWith(run))
                .map(r -> EventCodec.read(r.value()).id())
                .toList();
        assertThat(published).containsExactlyElementsOf(ids);
        assertThat(unsent()).isZero();
    }

    @Test
    void eventsWrittenWhileKafkaIsUnreachableAreSentWhenItIsBack() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = writeEvents(run, 3);
        OutboxRelay cutOff = new OutboxRelay(dataSource, "127.0.0.1:9", 50, false);

        assertThat(cutOff.drain()).isZero();
        cutOff.restart();
        assertThat(unsent()).isEqualTo(3);
        assertThat(lastError()).isNotBlank();

        assertThat(relay.drain()).isEqualTo(3);
        Set<String> published = TestKafka.records(Topics.COUNCILS, Duration.ofSeconds(20),
                        seen -> seen.stream().filter(r -> r.key().startsWith(run)).count() >= 3)
                .stream().filter(r -> r.key().startsWith(run))
                .map(r -> EventCodec.read(r.value()).id())
                .collect(Collectors.toSet());
        assertThat(published).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aRolledBackChangeLeavesNoEventBehind() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(Events.COUNCIL_UPDATED, run, council(run));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // The change and its event go together.
        }

        assertThat(unsent()).isZero();
    }

    @Test
    void recordsCarryTheAggregateIdAsKeyAndACloudEventsContentType() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        writeEvents(run, 1);
        relay.drain();

        ConsumerRecord<String, String> record = TestKafka.records(Topics.COUNCILS, Duration.ofSeconds(20),
                        seen -> seen.stream().anyMatch(r -> r.key().startsWith(run)))
                .stream().filter(r -> r.key().startsWith(run)).findFirst().orElseThrow();
        CloudEvent event = EventCodec.read(record.value());

        assertThat(record.key()).isEqualTo(run + "-0");
        assertThat(event.subject()).isEqualTo(run + "-0");
        assertThat(event.source()).isEqualTo("/support-test");
        assertThat(event.type()).isEqualTo("quads.council.updated.v1");
        assertThat(TestKafka.headers(record).get("content-type")).startsWith("application/cloudevents+json");
    }

    private List<String> writeEvents(String run, int count) {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> QuarkusTransaction.requiringNew().run(() ->
                ids.add(outbox.publish(Events.COUNCIL_UPDATED, run + "-" + i, council(run + "-" + i)).id())));
        return ids;
    }

    private static CouncilV1 council(String code) {
        return new CouncilV1(code, "Council " + code, null, null, null, 1, 1, true);
    }

    private int unsent() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) AS unsent FROM outbox_event WHERE sent_at IS NULL")) {
            r.next();
            return r.getInt("unsent");
        }
    }

    private String lastError() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT max(last_error) AS last_error FROM outbox_event WHERE sent_at IS NULL")) {
            r.next();
            return r.getString("last_error");
        }
    }
}
