package scot.quads.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor: what the same machine does with no service in the way, measured in the same run so that each scenario
 * can be read as a multiple of it. The same rows written by raw JDBC to the same PostgreSQL (a scratch schema,
 * dropped afterwards) through a pool the size of a service's; a raw Kafka produce→consume round trip on the same
 * broker; and an HTTP request the services answer without any work (/q/health/live), at the same concurrency.
 */
final class Floor {

    private static final String SCHEMA = "bench_floor";

    private final Settings settings;
    private final Api api;

    Floor(Settings settings, Api api) {
        this.settings = settings;
        this.api = api;
    }

    /**
     * Raw JDBC versions of an autosave (upsert the answer with a version check, bump the evaluation's version, add an
     * audit row: one transaction) and of a submit (lock the evaluation, read its answers, mark it submitted, write an
     * outbox row carrying every answer, add an audit row), by as many editors with the same think time.
     */
    void jdbc(Series autosave, Series submit, int operations, int questions) throws Exception {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(settings.floorConnections());
        try {
            for (int i = 0; i < settings.floorConnections(); i++) {
                pool.add(connect());
            }
            Connection first = pool.take();
            try (Statement ddl = first.createStatement()) {
                ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                ddl.execute("CREATE SCHEMA " + SCHEMA);
                ddl.execute("CREATE TABLE " + SCHEMA + ".evaluation (id UUID PRIMARY KEY, state TEXT NOT NULL, "
                        + "version BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL, submitted_at TIMESTAMPTZ)");
                ddl.execute("CREATE TABLE " + SCHEMA + ".answer (id UUID PRIMARY KEY, evaluation_id UUID NOT NULL "
                        + "REFERENCES " + SCHEMA + ".evaluation (id), question_code TEXT NOT NULL, level INTEGER, "
                        + "evidence TEXT, strengths TEXT, areas_for_improvement TEXT, next_steps TEXT, "
                        + "version BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL, updated_by TEXT NOT NULL, "
                        + "UNIQUE (evaluation_id, question_code))");
                ddl.execute("CREATE TABLE " + SCHEMA + ".audit_entry (id BIGSERIAL PRIMARY KEY, occurred_at "
                        + "TIMESTAMPTZ NOT NULL DEFAULT now(), actor TEXT NOT NULL, action TEXT NOT NULL, "
                        + "subject_id UUID NOT NULL, question_code TEXT, new_level INTEGER)");
                ddl.execute("CREATE TABLE " + SCHEMA + ".outbox (id UUID PRIMARY KEY, type TEXT NOT NULL, "
                        + "payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            }
            first.commit();
            pool.add(first);

            int councils = 32;
            List<UUID> evaluations = new ArrayList<>();
            Connection setup = pool.take();
            try (PreparedStatement insert = setup.prepareStatement("INSERT INTO " + SCHEMA
                    + ".evaluation VALUES (?, 'draft', 0, now(), NULL)")) {
                for (int c = 0; c < councils; c++) {
                    UUID id = UUID.randomUUID();
                    evaluations.add(id);
                    insert.setObject(1, id);
                    insert.executeUpdate();
                }
            }
            setup.commit();
            pool.add(setup);

            int editors = settings.editors();
            int perEditor = Math.max(1, operations / editors);
            CountDownLatch done = new CountDownLatch(editors);
            long origin = System.nanoTime();
            autosave.startingAt(origin);
            for (int e = 0; e < editors; e++) {
                int editor = e;
                Thread thread = new Thread(() -> {
                    Random random = new Random(editor);
                    try {
                        Thread.sleep(random.nextInt(Math.max(1, settings.thinkMs())));
                        UUID evaluation = evaluations.get(editor % councils);
                        for (int i = 0; i < perEditor; i++) {
                            String question = "Q" + (editor / councils + i * 7) % questions;
                            long start = System.nanoTime();
                            Connection connection = pool.take();
                            try {
                                saveAnswer(connection, evaluation, question, editor);
                                autosave.record(System.nanoTime() - start);
                            } catch (SQLException ex) {
                                connection.rollback();
                                autosave.error(ex.getMessage());
                            } finally {
                                pool.add(connection);
                            }
                            Thread.sleep(settings.thinkMs() / 2 + random.nextInt(Math.max(1, settings.thinkMs())));
                        }
                    } catch (Exception ex) {
                        autosave.error(ex.toString());
                    } finally {
                        done.countDown();
                    }
                }, "floor-jdbc-" + e);
                thread.setDaemon(true);
                thread.start();
            }
            done.await();

            submit.startingAt(System.nanoTime());
            for (int round = 0; round < 3; round++) {
                for (UUID evaluation : evaluations) {
                    long start = System.nanoTime();
                    Connection connection = pool.take();
                    try {
                        submit(connection, evaluation);
                        submit.record(System.nanoTime() - start);
                    } catch (SQLException ex) {
                        connection.rollback();
                        submit.error(ex.getMessage());
                    } finally {
                        pool.add(connection);
                    }
                }
            }
        } finally {
            Connection last = pool.poll();
            if (last != null) {
                try (Statement ddl = last.createStatement()) {
                    last.rollback();
                    ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                    last.commit();
                } catch (SQLException ignored) {
                    // the next run drops it first anyway
                }
                last.close();
            }
            for (Connection connection : pool) {
                connection.close();
            }
        }
    }

    private static void saveAnswer(Connection connection, UUID evaluation, String question, int editor)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("UPDATE " + SCHEMA
                + ".evaluation SET version = version + 1, updated_at = now() WHERE id = ?");
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + SCHEMA + ".answer AS a "
                        + "VALUES (?, ?, ?, ?, ?, 'Strengths noted', 'Areas noted', 'Next steps noted', 1, now(), ?) "
                        + "ON CONFLICT (evaluation_id, question_code) DO UPDATE SET level = excluded.level, "
                        + "evidence = excluded.evidence, version = a.version + 1, updated_at = now() "
                        + "RETURNING version");
                PreparedStatement audit = connection.prepareStatement("INSERT INTO " + SCHEMA
                        + ".audit_entry (actor, action, subject_id, question_code, new_level) VALUES (?, 'answer.saved', ?, ?, ?)")) {
            lock.setObject(1, evaluation);
            lock.executeUpdate();
            upsert.setObject(1, UUID.randomUUID());
            upsert.setObject(2, evaluation);
            upsert.setString(3, question);
            upsert.setInt(4, 3);
            upsert.setString(5, "Evidence from editor " + editor + " on " + question + ". "
                    + "Self-evaluation narrative. ".repeat(20));
            upsert.setString(6, "editor-" + editor);
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
            }
            audit.setString(1, "editor-" + editor);
            audit.setObject(2, evaluation);
            audit.setString(3, question);
            audit.setInt(4, 3);
            audit.executeUpdate();
            connection.commit();
        }
    }

    private static void submit(Connection connection, UUID evaluation) throws SQLException {
        StringBuilder payload = new StringBuilder("{\"answers\":[");
        try (PreparedStatement lock = connection.prepareStatement("SELECT version FROM " + SCHEMA
                + ".evaluation WHERE id = ? FOR UPDATE");
                PreparedStatement answers = connection.prepareStatement("SELECT question_code, level, evidence, "
                        + "strengths, areas_for_improvement, next_steps FROM " + SCHEMA + ".answer WHERE evaluation_id = ?");
                PreparedStatement mark = connection.prepareStatement("UPDATE " + SCHEMA + ".evaluation SET state = "
                        + "'submitted', submitted_at = now(), version = version + 1 WHERE id = ?");
                PreparedStatement outbox = connection.prepareStatement("INSERT INTO " + SCHEMA
                        + ".outbox (id, type, payload) VALUES (?, 'submitted', ?)");
                PreparedStatement audit = connection.prepareStatement("INSERT INTO " + SCHEMA
                        + ".audit_entry (actor, action, subject_id) VALUES ('floor', 'evaluation.submitted', ?)")) {
            lock.setObject(1, evaluation);
            lock.executeQuery().close();
            answers.setObject(1, evaluation);
            try (ResultSet rs = answers.executeQuery()) {
                while (rs.next()) {
                    payload.append("{\"q\":\"").append(rs.getString("question_code")).append("\",\"level\":").append(rs.getInt("level"))
                            .append(",\"evidence\":\"").append(rs.getString("evidence")).append("\"},");
                }
            }
            payload.append("]}");
            mark.setObject(1, evaluation);
            mark.executeUpdate();
            outbox.setObject(1, UUID.randomUUID());
            outbox.setString(2, payload.toString());
            outbox.executeUpdate();
            audit.setObject(1, evaluation);
            audit.executeUpdate();
            connection.commit();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.jdbcUser());
        properties.setProperty("password", settings.jdbcPassword());
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
        connection.setAutoCommit(false);
        return connection;
    }

    /** One message at a time: produced with acks=all (as the outbox relay does), timed until a consumer has it. */
    void kafka(Series roundTrip) {
        String topic = "bench.floor";
        Properties producerProps = new Properties();
        producerProps.put("bootstrap.servers", settings.kafka());
        producerProps.put("acks", "all");
        producerProps.put("enable.idempotence", "true");
        producerProps.put("key.serializer", StringSerializer.class.getName());
        producerProps.put("value.serializer", StringSerializer.class.getName());
        Properties consumerProps = new Properties();
        consumerProps.put("bootstrap.servers", settings.kafka());
        consumerProps.put("key.deserializer", StringDeserializer.class.getName());
        consumerProps.put("value.deserializer", StringDeserializer.class.getName());
        consumerProps.put("enable.auto.commit", "false");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", "warm-up")).get();
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            roundTrip.startingAt(System.nanoTime());
            for (int i = 0; i < settings.kafkaMessages(); i++) {
                String value = "floor-" + i + "-" + UUID.randomUUID();
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "bench", value));
                boolean seen = false;
                long giveUp = start + Duration.ofSeconds(10).toNanos();
                while (!seen && System.nanoTime() < giveUp) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        seen |= value.equals(record.value());
                    }
                }
                if (seen) {
                    roundTrip.record(System.nanoTime() - start);
                } else {
                    roundTrip.error("message " + i + " not consumed within 10 s");
                }
            }
        } catch (Exception e) {
            roundTrip.error("Kafka floor failed: " + e);
        }
    }

    /** GET /q/health/live on a service by as many clients with the same think time: a request with no work in it. */
    void http(Series empty, String service, int operations) throws InterruptedException {
        int editors = settings.editors();
        int perEditor = Math.max(1, operations / editors);
        CountDownLatch done = new CountDownLatch(editors);
        AtomicInteger failures = new AtomicInteger();
        empty.startingAt(System.nanoTime());
        for (int e = 0; e < editors; e++) {
            int editor = e;
            Thread thread = new Thread(() -> {
                Random random = new Random(editor);
                try {
                    Thread.sleep(random.nextInt(Math.max(1, settings.thinkMs())));
                    for (int i = 0; i < perEditor; i++) {
                        Api.Reply reply = api.get(null, service + "/q/health/live");
                        if (reply.status() == 200) {
                            empty.record(reply.nanos());
                        } else {
                            empty.error("HTTP " + reply.status());
                        }
                        Thread.sleep(settings.thinkMs() / 2 + random.nextInt(Math.max(1, settings.thinkMs())));
                    }
                } catch (Exception ex) {
                    failures.incrementAndGet();
                    empty.error(ex.toString());
                } finally {
                    done.countDown();
                }
            }, "floor-http-" + e);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        api.close();
    }
}
