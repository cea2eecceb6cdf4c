package scot.quads.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;

/** What tests do with the test broker: put raw records on a topic, and read back what the services published. */
public final class TestKafka {

    private TestKafka() {
    }

    /** Sends a raw record, as a misbehaving producer might. */
    public static void send(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends an event exactly as the services' outbox relay does, headers included. */
    public static void send(String topic, String key, CloudEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, EventCodec.write(event));
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    private static void send(ProducerRecord<String, String> record) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + record.topic(), e);
        }
    }

    /** Every record on the topic from its beginning, read until {@code until} holds or the timeout passes. */
    public static List<ConsumerRecord<String, String>> records(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, String>>> until) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                if (until.test(seen)) {
                    break;
                }
            }
        }
        return seen;
    }

    /** The CloudEvents on a topic whose subject (the aggregate id) is {@code subject}. */
    public static List<CloudEvent> events(String topic, String subject, int atLeast) {
        Predicate<List<ConsumerRecord<String, String>>> enough =
                records -> records.stream().filter(r -> subject.equals(r.key())).count() >= atLeast;
        return records(topic, Duration.ofSeconds(20), enough).stream()
                .filter(r -> subject.equals(r.key()))
                .map(r -> EventCodec.read(r.value()))
                .toList();
    }

    public static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), h.value() == null ? null : new String(h.value())));
        return headers;
    }
}
