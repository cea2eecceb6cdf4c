package scot.quads.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;

/**
 * Where the time goes between a submission reaching the broker and the partners' in-app notifications existing,
 * with the real in-JVM broker: each round logs the record's broker time to the consumer's transaction start, and
 * that to the moment the partner's notification is visible. It asserts only that every partner is told; the
 * figures are for reading in the log (speed belongs in the benchmark).
 */
@QuarkusTest
@QuadsTestStack
class SubmissionLatencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int ROUNDS = 15;

    @Test
    void everySubmissionReachesEachPartnerAndTheLogSaysWhereTheTimeWent() throws Exception {
        UUID cycle = UUID.randomUUID();
        TestKafka.send(Topics.CYCLES, cycle.toString(), EventCodec.event(Events.CYCLE_OPENED, "/rubric-service",
                cycle.toString(), new CycleV1(cycle, "Latency " + cycle, UUID.randomUUID(), LocalDate.of(2025, 8, 1),
                        LocalDate.of(2026, 3, 31), "on-submission", "open")));
        List<String> codes = List.of(newCode(), newCode(), newCode(), newCode());
        for (String code : codes) {
            TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                    code, new CouncilV1(code, "Council " + code, null, null, null, 1, 1, true)));
        }
        UUID quad = UUID.randomUUID();
        TestKafka.send(Topics.QUADS, quad.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quad.toString(), new QuadV1(quad, cycle, "Quad", codes)));
        await().atMost(PATIENCE).until(() -> Stored.quadOf(cycle, codes.get(0)).size() == codes.size());

        List<long[]> rounds = new ArrayList<>();
        try (Connection db = connect()) {
            for (int round = 0; round < ROUNDS; round++) {
                String council = codes.get(round % codes.size());
                String partner = codes.get((round + 1) % codes.size());
                UUID evaluation = UUID.randomUUID();
                CloudEvent event = EventCodec.event(Events.SELF_EVALUATION_SUBMITTED, "/rubric-service",
                        evaluation.toString(), new SelfEvaluationSubmittedV1(evaluation, cycle, council,
                                UUID.randomUUID(), OffsetDateTime.now(), "officer", List.of()));
                long sent = System.nanoTime();
                long sentAtMillis = System.currentTimeMillis();
                TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), event);
                long acknowledged = System.nanoTime();
                await().atMost(PATIENCE).pollInterval(Duration.ofMillis(1)).pollDelay(Duration.ZERO)
                        .until(() -> told(db, partner, event.id()));
                long visible = System.nanoTime();
                long consumerStart = processedAt(db, event.id()) - sentAtMillis;
                rounds.add(new long[] {(acknowledged - sent) / 1_000_000, consumerStart,
                        (visible - sent) / 1_000_000});
            }
        }
        for (long[] r : rounds) {
            Log.infof("submission latency: produce acknowledged %d ms, consumer's transaction began %d ms,"
                    + " partner's notification visible %d ms (from the send)", r[0], r[1], r[2]);
        }
        assertThat(rounds).hasSize(ROUNDS);
    }

    private static boolean told(Connection db, String partner, String eventId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT 1 FROM notification WHERE audience = ? AND source_event_id = ?")) {
            select.setString(1, "council:" + partner);
            select.setString(2, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** When the consumer's transaction for the event began (processed_event.processed_at), in epoch millis. */
    private static long processedAt(Connection db, String eventId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT (extract(epoch FROM processed_at) * 1000)::bigint AS processed_ms FROM processed_event "
                        + "WHERE event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong("processed_ms");
            }
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        properties.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        return new org.postgresql.Driver().connect(config.getValue("quarkus.datasource.jdbc.url", String.class),
                properties);
    }

    private static String newCode() {
        return "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
