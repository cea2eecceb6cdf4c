package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import scot.quads.contract.Events;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;

/**
 * Issue #9's scale scenario: synthetic organisations far beyond Scotland's 32, loaded the way the platform's own
 * bulk path carries them, as the events authority-service and rubric-service publish (councils, a published rubric
 * version per cycle with lineage, the cycles, every organisation's submission in every cycle) on the real broker;
 * quads formed through quad-service's API. At each size, once every service that reads those topics has caught
 * up (so the measurement is not disturbed by the load), the national distribution, the quad side by side and the
 * trend are read as ADES at a steady rate, and a growth table records how each grows.
 *
 * <p>What the synthetic events do elsewhere, and why it is harmless: no {@code cycle.opened} event is published
 * (notification-service would tell every council, real ones by mail), only past cycles' state; organisations are
 * registered active only until their quad is formed, then inactive, so quad proposals, rubric-service's progress
 * overview and its deadline reminders leave them out; they have no contacts, so their notices are never mailed;
 * ADES's mail for submissions (one per submission) is switched off through ADES's own preferences for the load
 * and put back as it was afterwards, once notification-service has read every synthetic submission.
 */
final class ScaleScenario {

    static final String SOURCE = "/bench/scale";
    private static final String SUBMITTED_MAIL = "self-evaluation.submitted";
    /** The services' consumer groups; the scenario waits for those that read a topic it wrote to. */
    private static final List<String> GROUPS = List.of("quad-service", "notification-service", "rubric-service");
    /** How long the consumers may make no progress at all before the load is given up. */
    private static final Duration STALL = Duration.ofMinutes(5);

    private final Api api;
    private final Settings settings;
    private final Map<TopicPartition, Long> written = new ConcurrentHashMap<>();
    private final AtomicReference<Exception> sendFailure = new AtomicReference<>();

    ScaleScenario(Api api, Settings settings) {
        this.api = api;
        this.settings = settings;
    }

    /** A label that makes this run's ids its own: minute of the run and a random part. */
    static String runLabel() {
        return DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC).format(java.time.Instant.now())
                + BenchCycle.label().substring(0, 4);
    }

    Scenario run() throws Exception {
        List<Integer> sizes = settings.scaleSizes();
        ScaleData data = new ScaleData(runLabel(), settings.scaleCycles(), settings.scaleQuestions());
        Scenario scenario = new Scenario("scale", "Scale: " + sizes.stream().map(s -> String.format(Locale.ROOT,
                "%,d", s)).toList() + " organisations × " + data.questions + " questions × " + data.cycles
                + " cycles");
        if (!ComparisonReads.published(api, ComparisonReads.NATIONAL)
                || !ComparisonReads.published(api, ComparisonReads.TREND)) {
            return scenario.notMeasured("endpoint missing (national distribution or trend is not in quad-service's "
                    + "OpenAPI document)");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Growth growth = new Growth();
        ArrayNode load = scenario.extra.putArray("load");
        scenario.extra.put("run", data.run).put("cycles", data.cycles).put("questions", data.questions)
                .put("readsPerSecond", settings.scaleReadsPerSecond())
                .put("readsSeconds", settings.scaleReadsSeconds())
                .put("latestCycle", data.cycleName(data.cycles)).put("organisationCodes", data.code(1) + " …");
        Exception stopped = null;
        try (KafkaProducer<String, String> producer = producer(); Admin admin = admin()) {
            String previousMail = muteAdesSubmissionMail();
            // Ctrl-C during a load of many minutes must not leave ADES without mail for submissions.
            Thread restore = new Thread(() -> restoreAdesSubmissionMail(previousMail), "restore-ades-mail");
            Runtime.getRuntime().addShutdownHook(restore);
            try {
                long start = System.nanoTime();
                for (int c = 1; c <= data.cycles; c++) {
                    send(producer, Events.RUBRIC_VERSION_PUBLISHED, data.versionId(c).toString(), data.version(c));
                    send(producer, Events.CYCLE_CHANGED, data.cycleId(c).toString(), data.cycle(c, false, today));
                }
                producer.flush();
                caughtUp(admin);
                say("   " + data.cycles + " rubric versions and cycles known after " + seconds(start) + " s");

                Series floor = scenario.floor("empty endpoint (scale)", "GET quad-service /q/health/live at "
                        + settings.scaleReadsPerSecond() + "/s");
                ComparisonReads.steady(api, floor, settings.scaleReadsPerSecond(), settings.scaleReadsSeconds(),
                        i -> new String[] { null, Api.QUAD + "/q/health/live" });

                int loaded = 0;
                List<String> quadIds = new ArrayList<>();
                for (int size : sizes) {
                    say("   loading organisations " + (loaded + 1) + "-" + size + " ...");
                    load.add(load(producer, admin, data, loaded + 1, size, today, quadIds));
                    loaded = size;
                    measure(scenario, growth, floor, data, size, quadIds);
                }
            } catch (Exception e) {
                stopped = e;
            } finally {
                for (int c = 1; c <= data.cycles; c++) {
                    send(producer, Events.CYCLE_CLOSED, data.cycleId(c).toString(), data.cycle(c, true, today));
                }
                producer.flush();
                try {
                    caughtUp(admin);
                } finally {
                    try {
                        Runtime.getRuntime().removeShutdownHook(restore);
                    } catch (IllegalStateException shuttingDown) {
                        // the hook is restoring it already
                    }
                    restoreAdesSubmissionMail(previousMail);
                }
            }
        }
        scenario.extra.set("growth", growth.toJson());
        scenario.errorsTarget("errors");
        if (stopped != null) {
            stopped.printStackTrace();
            if (growth.rows().isEmpty()) {
                return scenario.notMeasured("it failed: " + stopped);
            }
            scenario.note("not measured beyond the last size in the growth table: it failed: " + stopped);
        }
        scenario.note("Synthetic organisations \"Bench org NNNN\" (codes " + data.code(1).replace("-0001", "-NNNN")
                + ") and cycles " + data.cycleName(1).replaceFirst("-1$", "-N") + ", loaded as events on the real "
                + "broker (source " + SOURCE + "); quads of four formed in the latest cycle through quad-service. "
                + "Sizes are cumulative: each adds organisations to the same cycles. Reads as ADES at "
                + settings.scaleReadsPerSecond() + "/s for " + settings.scaleReadsSeconds() + " s per read and size, "
                + "after every consumer had caught up; the floor is quad-service's empty endpoint at the same rate.");
        return scenario;
    }

    /** Organisations from..to: registered, submitted in every cycle, caught up, formed into quads, made inactive. */
    private JsonNode load(KafkaProducer<String, String> producer, Admin admin, ScaleData data, int from, int to,
            LocalDate today, List<String> quadIds) throws Exception {
        long start = System.nanoTime();
        int events = 0;
        int quadsFormed;
        for (int n = from; n <= to; n++) {
            send(producer, Events.COUNCIL_REGISTERED, data.code(n), data.council(n, true));
            events++;
        }
        producer.flush();
        // Active only while their quads are formed: the shortest window in which other work could see them.
        try {
            caughtUp(admin);
            quadsFormed = formQuads(data, from, to, quadIds);
        } finally {
            for (int n = from; n <= to; n++) {
                send(producer, Events.COUNCIL_UPDATED, data.code(n), data.council(n, false));
                events++;
            }
            producer.flush();
        }
        double registered = seconds(start);
        say("   " + (to - from + 1) + " organisations registered, " + quadsFormed + " quads formed, inactive again "
                + "after " + registered + " s");

        long submitting = System.nanoTime();
        for (int c = 1; c <= data.cycles; c++) {
            for (int n = from; n <= to; n++) {
                SelfEvaluationSubmittedV1 submission = data.submission(c, n, today);
                send(producer, Events.SELF_EVALUATION_SUBMITTED, submission.evaluationId().toString(), submission,
                        submission.submittedAt());
                events++;
            }
        }
        producer.flush();
        double published = seconds(submitting);
        caughtUp(admin);
        for (int c = 1; c <= data.cycles; c++) {
            String url = Api.QUAD + "/cycles/" + data.cycleId(c) + "/national";
            poll("quad-service to count " + to + " submissions in " + data.cycleName(c), () -> {
                Api.Reply reply = api.get(Api.ADES, url);
                return reply.status() == 200 && reply.body().path("councilsSubmitted").asInt() >= to;
            });
        }
        double caughtUp = seconds(submitting);
        double total = seconds(start);
        say("   " + (to - from + 1) * data.cycles + " submissions published in " + published + " s, read by every "
                + "consumer after " + caughtUp + " s; " + total + " s in all");
        return Api.JSON.createObjectNode().put("organisations", to).put("newOrganisations", to - from + 1)
                .put("events", events).put("answers", (long) (to - from + 1) * data.cycles * data.questions)
                .put("registeredSeconds", registered).put("publishSeconds", published)
                .put("caughtUpSeconds", caughtUp).put("quadsFormed", quadsFormed).put("totalSeconds", total);
    }

    /** Organisations from..to in quads of four in the latest cycle, through quad-service's API as ADES. */
    private int formQuads(ScaleData data, int from, int to, List<String> quadIds) {
        String quadsUrl = Api.QUAD + "/cycles/" + data.cycleId(data.cycles) + "/quads";
        List<List<Integer>> quads = ScaleData.quads(from, to);
        for (List<Integer> members : quads) {
            List<String> codes = members.stream().map(data::code).toList();
            Map<String, Object> body = Map.of("name", "Bench quad " + data.run + " " + (members.get(0) + 3) / 4,
                    "members", codes);
            Api.Reply reply = api.post(Api.ADES, quadsUrl, body);
            if (reply.status() != 201) {
                throw new IllegalStateException("forming a bench quad of " + codes + ": HTTP " + reply.status() + " "
                        + Api.abbreviate(reply.text()));
            }
            quadIds.add(reply.body().get("id").asText());
        }
        return quads.size();
    }

    private void measure(Scenario scenario, Growth growth, Series floor, ScaleData data, int size,
            List<String> quadIds) throws InterruptedException {
        String cycle = data.cycleId(data.cycles).toString();
        say("   reading at " + size + " organisations ...");
        Series national = read(scenario, growth, floor, size, "national distribution",
                "GET /cycles/{latest}/national?council=CODE as ADES, " + size + " organisations",
                i -> Api.QUAD + "/cycles/" + cycle + "/national?council=" + data.code(1 + spread(i, size)));
        if (size >= 2500) {
            scenario.target("national distribution p99 at " + String.format(Locale.ROOT, "%,d", size)
                    + " organisations", "≤ 100 ms", 100, national, 99);
        }
        read(scenario, growth, floor, size, "quad side-by-side", "GET /quads/{id}/comparison as ADES, "
                + quadIds.size() + " quads in the cycle",
                i -> Api.QUAD + "/quads/" + quadIds.get(spread(i, quadIds.size())) + "/comparison");
        read(scenario, growth, floor, size, "trend", "GET /councils/{code}/trend as ADES, " + data.cycles
                + " cycles", i -> Api.QUAD + "/councils/" + data.code(1 + spread(i, size)) + "/trend");
    }

    /**
     * One read at one size: at the steady rate (what users see under load), then one request at a time (the work of
     * one request, without queueing: what grows with the data even when the rate is beyond the machine).
     */
    private Series read(Scenario scenario, Growth growth, Series floor, int size, String read, String description,
            java.util.function.IntFunction<String> url) throws InterruptedException {
        String at = " @ " + String.format(Locale.ROOT, "%,d", size);
        Series steady = scenario.series(read + at, description);
        ComparisonReads.steady(api, steady, settings.scaleReadsPerSecond(), settings.scaleReadsSeconds(),
                i -> new String[] { Api.ADES, url.apply(i) });
        growth.add(size, steady, read, floor);
        scenario.ratio(steady, floor);

        if (settings.scaleAlone() == 0) {
            return steady;
        }
        Series alone = scenario.series(read + ", one at a time" + at, description + ", one request at a time");
        api.get(Api.ADES, url.apply(0));
        alone.startingAt(System.nanoTime());
        for (int i = 0; i < settings.scaleAlone(); i++) {
            try {
                Api.Reply reply = api.read(Api.ADES, url.apply(i + 1));
                if (reply.status() == 200) {
                    alone.record(reply.nanos());
                } else {
                    alone.error("HTTP " + reply.status() + " " + reply.text());
                }
            } catch (RuntimeException e) {
                alone.error(e.getMessage());
            }
        }
        growth.add(size, alone, read + ", one at a time", null);
        return steady;
    }

    /** The i-th request's pick among n, spread over all of them rather than in order. */
    static int spread(int i, int n) {
        return (int) Math.floorMod(i * 7919L, (long) n);
    }

    private <T> void send(KafkaProducer<String, String> producer, EventType<T> type, String key, T payload) {
        send(producer, type, key, payload, null);
    }

    /**
     * One event as the platform's outbox relay writes it; {@code time} (when the fact happened) null for now. A
     * submission carries the moment it was made, years ago for the older cycles, so that the notices it leads to
     * are dated then and sort below today's in an inbox.
     */
    private <T> void send(KafkaProducer<String, String> producer, EventType<T> type, String key, T payload,
            OffsetDateTime time) {
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

    /**
     * Waits until every service's consumer group that reads a partition written to has committed past the last
     * record written there: then all of them have applied the events, and nothing of the load is still running.
     */
    private void caughtUp(Admin admin) throws Exception {
        if (sendFailure.get() != null) {
            throw new IllegalStateException("publishing the synthetic events failed", sendFailure.get());
        }
        long deadline = System.nanoTime() + STALL.toNanos();
        long progress = -1;
        while (true) {
            List<String> behind = new ArrayList<>();
            long sum = 0;
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> offsets = committed(admin, group);
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

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group)
            throws InterruptedException {
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
    private String muteAdesSubmissionMail() {
        Api.Reply reply = api.get(Api.ADES, Api.NOTIFICATION + "/preferences").expect(200, "reading ADES's preferences");
        String mode = reply.body().path("email").path(SUBMITTED_MAIL).asText("on");
        if ("off".equals(mode)) {
            return null;
        }
        api.put(Api.ADES, Api.NOTIFICATION + "/preferences", null, Map.of("email", Map.of(SUBMITTED_MAIL, "off")))
                .expect(200, "switching ADES's submission mail off for the load");
        return mode;
    }

    private void restoreAdesSubmissionMail(String mode) {
        if (mode != null) {
            api.put(Api.ADES, Api.NOTIFICATION + "/preferences", null, Map.of("email", Map.of(SUBMITTED_MAIL, mode)))
                    .expect(200, "putting ADES's submission mail back to " + mode);
        }
    }

    private interface Check {
        boolean done();
    }

    private static void poll(String what, Check check) throws InterruptedException {
        long deadline = System.nanoTime() + STALL.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafka());
        return Admin.create(props);
    }

    private static double seconds(long since) {
        return Series.round((System.nanoTime() - since) / 1e9, 1);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
