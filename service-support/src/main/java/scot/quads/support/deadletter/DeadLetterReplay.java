package scot.quads.support.deadletter;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.quads.contract.EventCodec;

/**
 * Puts the events this service dead-lettered back on the topics they came from, once their cause is fixed.
 *
 * <p>Each of the service's dead-letter topics (its channels' {@code dead-letter-queue.topic}) is read from where the
 * last replay stopped (the consumer group {@code <service>.dead-letter-replay}) up to its end as the replay began;
 * each record goes back to the topic named in its {@code dead-letter-topic} header, with its key and value as they
 * were, and its offset is committed only once Kafka acknowledged the copy: a replay cut short goes on from there
 * next time, and a record is never replayed twice by two replays. Every consumer of that topic sees the event again;
 * those that already applied it drop it by its id (the inbox), the one that dead-lettered it applies it now. An
 * event that fails again goes back to the dead-letter topic, to be replayed after the next fix.
 */
@ApplicationScoped
public class DeadLetterReplay {

    /** One record put back. {@code eventId} is null when the record is not a readable event. */
    public record Replayed(String deadLetterTopic, int partition, long offset, String topic, String key,
            String eventId, String reason) {
    }

    private static final Pattern DEAD_LETTER_TOPIC = Pattern.compile(
            "mp\\.messaging\\.incoming\\.(.+)\\.dead-letter-queue\\.topic");
    private static final Duration LONGEST_REPLAY = Duration.ofSeconds(60);
    private static final int KAFKA_TIMEOUT_MILLIS = 10_000;

    private final Config config;
    private final String bootstrapServers;
    private final String service;

    public DeadLetterReplay(Config config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.service = service;
    }

    /** The dead-letter topics of this service's channels, sorted. */
    public List<String> topics() {
        TreeSet<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = DEAD_LETTER_TOPIC.matcher(name);
            if (matcher.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return List.copyOf(topics);
    }

    /** Replays everything dead-lettered since the last replay; synchronized so that two callers never overlap. */
    public synchronized List<Replayed> replay() {
        List<Replayed> replayed = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer();
                KafkaProducer<String, String> producer = producer()) {
            for (String topic : topics()) {
                replay(topic, consumer, producer, replayed);
            }
        }
        return replayed;
    }

    private void replay(String deadLetters, KafkaConsumer<String, String> consumer,
            KafkaProducer<String, String> producer, List<Replayed> replayed) {
        List<PartitionInfo> partitions = consumer.partitionsFor(deadLetters);
        if (partitions == null || partitions.isEmpty()) {
            return;
        }
        List<TopicPartition> assigned = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(assigned);
        Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(assigned));
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(assigned));
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata from = committed.get(partition);
            if (from == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, from.offset());
            }
        }
        Instant deadline = Instant.now().plus(LONGEST_REPLAY);
        while (!caughtUp(consumer, ends)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The replay of " + deadLetters + " did not reach the end of the topic in "
                        + LONGEST_REPLAY.toSeconds() + " s; what was replayed stays replayed, run it again");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= ends.get(partition)) {
                    continue;
                }
                replayed.add(putBack(record, producer));
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            }
        }
        consumer.unsubscribe();
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Replayed putBack(ConsumerRecord<String, String> record, KafkaProducer<String, String> producer) {
        String origin = header(record, "dead-letter-topic");
        String reason = header(record, "dead-letter-reason");
        String eventId = null;
        try {
            eventId = EventCodec.read(record.value()).id();
        } catch (RuntimeException notAnEvent) {
            // Replayed all the same: the consumer dead-letters it again if it still cannot read it.
        }
        if (origin == null) {
            Log.warnf("Dead letter %s-%d@%d names no topic it came from; skipped", record.topic(), record.partition(),
                    record.offset());
            return new Replayed(record.topic(), record.partition(), record.offset(), null, record.key(), eventId,
                    reason);
        }
        ProducerRecord<String, String> copy = new ProducerRecord<>(origin, record.key(), record.value());
        String contentType = header(record, "content-type");
        if (contentType != null) {
            copy.headers().add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
        }
        copy.headers().add("replayed-from", (record.topic() + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(copy).get(KAFKA_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying a dead letter", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the replayed event back on " + origin, e);
        }
        Log.infof("Replayed dead letter %s-%d@%d (event %s) onto %s", record.topic(), record.partition(),
                record.offset(), eventId, origin);
        return new Replayed(record.topic(), record.partition(), record.offset(), origin, record.key(), eventId, reason);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, service + ".dead-letter-replay");
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-dead-letter-replay");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, KAFKA_TIMEOUT_MILLIS);
        settings.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, KAFKA_TIMEOUT_MILLIS);
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-dead-letter-replay");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, KAFKA_TIMEOUT_MILLIS);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, KAFKA_TIMEOUT_MILLIS);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, KAFKA_TIMEOUT_MILLIS / 2);
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }
}
