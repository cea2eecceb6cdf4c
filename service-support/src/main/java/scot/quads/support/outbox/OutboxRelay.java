package scot.quads.support.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.quads.contract.CloudEvent;
import java.nio.charset.StandardCharsets;

/**
 * Publishes outbox rows to Kafka in the order they were written, then marks them sent.
 *
 * <p>It runs right after each commit that wrote an event and on a periodic sweep, which catches anything left
 * behind (Kafka down, a crash between commit and publish). One relay at a time works on a database: a
 * transaction-scoped advisory lock makes extra replicas skip rather than send the same rows twice or out of order.
 * Rows are marked sent only after Kafka acknowledged them ({@code acks=all}, idempotent producer); if the process
 * dies between the acknowledgement and the mark, the rows go again, and consumers drop the repeat by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final long RELAY_LOCK = 0x51_55_41_44_53_4f_42L; // "QUADSOB": one relay per database
    private static final long SEND_TIMEOUT_SECONDS = 15;

    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private final int batchSize;
    private final boolean publishAfterCommit;
    private final ExecutorService trigger = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private Producer<String, String> producer;

    public OutboxRelay(AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quads.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "quads.outbox.publish-after-commit", defaultValue = "true") boolean publishAfterCommit) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.batchSize = batchSize;
        this.publishAfterCommit = publishAfterCommit;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        if (publishAfterCommit && drainQueued.compareAndSet(false, true)) {
            trigger.submit(() -> {
                drainQueued.set(false);
                drainQuietly();
            });
        }
    }

    @Scheduled(every = "${quads.outbox.sweep-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        drainQuietly();
    }

    /** Publishes everything unsent; returns how many events went out. */
    public synchronized int drain() {
        int total = 0;
        int sent;
        do {
            sent = publishBatch();
            total += sent;
        } while (sent == batchSize);
        return total;
    }

    /** Drops the Kafka producer, as a restart of the process would; the next drain starts a new one. */
    public synchronized void restart() {
        closeProducer();
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay will retry at the next sweep: %s", e.getMessage());
        }
    }

    /** Publishes at most one batch, as one relay step. */
    int publishBatch() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int published = publishBatch(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox relay could not reach the database", e);
        }
    }

    private int publishBatch(Connection connection) throws SQLException {
        if (!tryRelayLock(connection)) {
            return 0;
        }
        List<Row> rows = unsent(connection);
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Producer<String, String> kafka = producer();
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add(new RecordHeader("content-type",
                    CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
            acks.add(kafka.send(record));
        }
        List<Long> acknowledged = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                acknowledged.add(rows.get(i).seq());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                recordFailure(connection, rows.get(i).seq(), "interrupted");
                break;
            } catch (ExecutionException | TimeoutException e) {
                // Later rows may have gone out of order after this one: stop here; they are sent again next time.
                String reason = e.getCause() != null ? e.getCause().toString() : e.toString();
                recordFailure(connection, rows.get(i).seq(), reason);
                Log.warnf("Kafka did not acknowledge outbox event %d: %s", rows.get(i).seq(), reason);
                closeProducer();
                break;
            }
        }
        markSent(connection, acknowledged);
        return acknowledged.size();
    }

    private static boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?) AS locked")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean("locked");
            }
        }
    }

    private List<Row> unsent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT seq, topic, record_key, payload FROM outbox_event
                WHERE sent_at IS NULL ORDER BY seq LIMIT ?""")) {
            select.setInt(1, batchSize);
            try (ResultSet result = select.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new Row(result.getLong("seq"), result.getString("topic"), result.getString("record_key"),
                            result.getString("payload")));
                }
                return rows;
            }
        }
    }

    private static void markSent(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE seq = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private static void recordFailure(Connection connection, long seq, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE seq = ?")) {
            update.setString(1, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            update.setLong(2, seq);
            update.executeUpdate();
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        trigger.shutdownNow();
        synchronized (this) {
            closeProducer();
        }
    }

    private record Row(long seq, String topic, String key, String payload) {
    }
}
