package scot.quads.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.EventType;

/**
 * The synthetic data's way in, shared by the scale and the trend scenarios: the platform's own events, written to
 * the real broker as the outbox relay writes them, and a wait until every service that reads a topic written to has
 * read past the last of them (so that a measurement is not disturbed by the load it follows). Also ADES's mail for
 * submissions, switched off while synthetic submissions are loaded and put back afterwards.
 */
final class SyntheticEvents implements AutoCloseable {

    static final String SOURCE = "/bench/scale";
    /** How long the consumers may make no progress at all before the load is given up. */
    static final Duration STALL = Duration.ofMinutes(5);
    private static final String SUBMITTED_MAIL = "self-evaluation.submitted";
    /** The services' consumer groups; the caller waits for those that read a topic it wrote to. */
    private static final List<String> GROUPS = List.of("quad-service", "notification-service", "rubric-service");

    private final KafkaProducer<String, String> producer;
    private final Admin admin;
    private final Map<TopicPartition, Long> written = new ConcurrentHashMap<>();
    private final AtomicReference<Exception> sendFailure = new AtomicReference<>();

    SyntheticEvents(Settings settings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafka());
        this.admin = Admin.create(adminProps);
    }

    <T> void send(EventType<T> type, String key, T payload) {
        send(type, key, payload, null);
    }

    /**
     * One event as the platform's outbox relay writes it; {@code time} (when the fact happened) null for now. A
     * submission carries the moment it was made, years ago for the older cycles, so that the notices it leads to
     * are dated then and sort below today's in an inbox.
     */
    <T> void send(EventType<T> type, String key, T payload, OffsetDateTime time) {
        CloudEvent event = EventCodec.event(type, SOURCE, key, payload);
        if (time != null) {
            event = new CloudEvent(event.specversion(), event.id(), event.source(), event.type(), time,
                    event.subject(), event.datacontenttype(), event.data());
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), key, EventCodec.write(event));
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                sendFailure.compareAndSet(null, failure);
            } else {
                written.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset(),
                        Math::max);
            }
        });
    }

    void flush() {
        producer.flush();
    }

    /**
     * Waits until every service's consumer group that reads a partition written to has committed past the last
     * record written there: then all of them have applied the events, and nothing of the load is still running.
     */
    void caughtUp() throws Exception {
        if (sendFailure.get() != null) {
            throw new IllegalStateException("publishing the synthetic events failed", sendFailure.get());
        }
        long deadline = System.nanoTime() + STALL.toNanos();
        long progress = -1;
        while (true) {
            List<String> behind = new ArrayList<>();
            long sum = 0;
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> offsets = committed(group);
                sum += offsets.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
                for (Map.Entry<TopicPartition, Long> last : written.entrySet()) {
                    boolean reads = offsets.keySet().stream().anyMatch(p -> p.topic().equals(last.getKey().topic()));
                    OffsetAndMetadata at = offsets.get(last.getKey());
                    if (reads && (at == null || at.offset() <= last.getValue())) {
                        behind.add(group + " on " + last.getKey());
                    }
                }
            }
            if (behind.isEmpty()) {
                return;
            }
            if (sum != progress) {
                progress = sum;
                deadline = System.nanoTime() + STALL.toNanos();
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("consumers made no progress for " + STALL.toMinutes() + " min: "
                        + behind);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> known = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    known.put(partition, offset);
                }
            });
            return known;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return Map.of();
        }
    }

    /** ADES's mail for submissions off for the load; returns the mode to put back (null when unchanged). */
    static String muteAdesSubmissionMail(Api api) {
        Api.Reply reply = api.get(Api.ADES, Api.NOTIFICATION + "/preferences").expect(200, "reading ADES's preferences");
        String mode = reply.body().path("email").path(SUBMITTED_MAIL).asText("on");
        if ("off".equals(mode)) {
            return null;
        }
        api.put(Api.ADES, Api.NOTIFICATION + "/preferences", null, Map.of("email", Map.of(SUBMITTED_MAIL, "off")))
                .expect(200, "switching ADES's submission mail off for the load");
        return mode;
    }

    static void restoreAdesSubmissionMail(Api api, String mode) {
        if (mode != null) {
            api.put(Api.ADES, Api.NOTIFICATION + "/preferences", null, Map.of("email", Map.of(SUBMITTED_MAIL, mode)))
                    .expect(200, "putting ADES's submission mail back to " + mode);
        }
    }

    /**
     * After a load: every synthetic cycle published closed, every consumer caught up, and ADES's submission mail put
     * back (the shutdown hook that would otherwise do it removed), whatever happened before.
     */
    void closeCyclesAndRestore(List<ScaleData> loaded, java.time.LocalDate today, Api api, String previousMail,
            Thread restore) throws Exception {
        for (ScaleData data : loaded) {
            for (int c = 1; c <= data.cycles; c++) {
                send(scot.quads.contract.Events.CYCLE_CLOSED, data.cycleId(c).toString(), data.cycle(c, true, today));
            }
        }
        flush();
        try {
            caughtUp();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException shuttingDown) {
                // the hook is restoring it already
            }
            restoreAdesSubmissionMail(api, previousMail);
        }
    }

    @Override
    public void close() {
        try {
            producer.close();
        } finally {
            admin.close();
        }
    }
}
