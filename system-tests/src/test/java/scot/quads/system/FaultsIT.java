package scot.quads.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service (./quads up --instances 2) under a bounded load, with faults injected mid-flow:
 * one instance of each service killed with SIGKILL and started again, Kafka stopped for 30 s, PostgreSQL restarted,
 * an instance of rubric-service killed in the middle of a burst of submissions (its relay publishing them) and one of
 * notification-service while mails wait to be sent. After each fault it measures how long the platform took to catch
 * up (every outbox row written before the fault's end sent, then every consumer group past the topics' ends). Councils
 * also agree actions (with an Idempotency-Key, sent twice) and start them while instances are killed and while
 * PostgreSQL restarts. Then:
 * every request answered 2xx has its effect exactly once, every refusal was a clean 503 that wrote nothing, nothing
 * was dead-lettered, every outbox drained, every consumer group caught up. The figures are printed (and written to
 * .quads/logs/faults-figures.txt), and the run fails on any loss, duplicate or unclean refusal.
 */
class FaultsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuadsApi API = new QuadsApi();
    private static final String ADES = "ades";
    /** The longest any effect may take to appear once the load has stopped. */
    private static final Duration SETTLE = Duration.ofSeconds(120);
    /** The longest the platform may take to catch up after a fault. */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    /** The longest one request of the load is tried (an instance or the database coming back). */
    private static final Duration REQUEST_BUDGET = Duration.ofMinutes(3);
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(30);
    private static final int INSTANCE_PORT_STEP = 10;
    private static final Map<String, Integer> PORTS = Map.of("authority-service", 8081, "rubric-service", 8082,
            "quad-service", 8083, "notification-service", 8084);
    private static final List<String> DATABASES = List.of("authority", "rubric", "quad", "notification");
    /** Two quads of four councils (any four councils may form a quad). */
    private static final List<Map<String, String>> QUADS = List.of(
            councils("S12000033", "Aberdeen City", "S12000034", "Aberdeenshire", "S12000041", "Angus",
                    "S12000035", "Argyll and Bute"),
            councils("S12000010", "East Lothian", "S12000011", "East Renfrewshire", "S12000006",
                    "Dumfries and Galloway", "S12000008", "East Ayrshire"));

    private static String cycleId;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicLong turn = new AtomicLong();
    private final Figures figures = new Figures();
    private final List<String> quadIds = new ArrayList<>();
    private List<String> questions;
    /** Submissions that took effect (2xx, or 409 after an attempt that went unanswered), by council. */
    private final Map<String, Integer> submissions = new ConcurrentHashMap<>();
    /** Returns, reminders and comments that took effect, by the council they concern. */
    private final Map<String, Integer> returns = new ConcurrentHashMap<>();
    private final Map<String, Integer> reminders = new ConcurrentHashMap<>();
    private final Map<String, Integer> comments = new ConcurrentHashMap<>();
    /** Actions created and changed that took effect, by the council that owns them. */
    private final Map<String, Integer> actions = new ConcurrentHashMap<>();
    private final Map<String, Integer> actionChanges = new ConcurrentHashMap<>();

    @Test
    void nothingIsLostAndNothingIsDoneTwice() throws Exception {
        Instant began = Instant.now();
        try (Flow flow = new Flow()) {
            Map<String, Long> deadLettersBefore = flow.deadLetterCounts();
            Mail.snapshot();
            setUp();
            ExecutorService load = Executors.newFixedThreadPool(8);
            try {
                run(load, flow);
            } finally {
                load.shutdownNow();
            }
            check(flow, deadLettersBefore);
        }
        figures.print(Duration.between(began, Instant.now()));
        assertThat(figures.problems).as("losses, duplicates and unclean refusals").isEmpty();
    }

    private void run(ExecutorService load, Flow flow) throws Exception {
        Map<String, String> first = QUADS.get(0);
        Map<String, String> second = QUADS.get(1);

        // Fault 1: quad 1 answers while one instance of each service is killed and started again.
        List<Future<?>> answering = answer(load, first);
        List<Future<?>> acting = act(load, 0);
        waiting("quad 1's first answers saved").until(() -> figures.accepted("save") >= 8);
        Faults.kill("authority-service", "rubric-service-2", "quad-service", "notification-service-2");
        fault("one instance of each service killed (SIGKILL), started again", Faults.up(), flow);
        finish(answering);
        finish(acting);

        // Fault 2: Kafka stopped for 30 s while quad 1 submits, ADES returns one evaluation and it is submitted again.
        Instant kafkaDown = Faults.stop("kafka");
        finish(submit(load, first));
        String returned = first.keySet().iterator().next();
        Outcome back = call("POST", 8082, "/cycles/" + cycleId + "/evaluations/" + returned + "/return", ADES, null,
                Map.of("reason", "Please add the evidence for the first theme"), "return");
        if (back.tookEffect()) {
            returns.merge(returned, 1, Integer::sum);
        }
        finish(submit(load, Map.of(returned, first.get(returned))));
        Instant outageEnds = kafkaDown.plus(KAFKA_OUTAGE);
        waiting("Kafka down for " + KAFKA_OUTAGE.toSeconds() + " s").atMost(KAFKA_OUTAGE.plusSeconds(5))
                .until(() -> !Instant.now().isBefore(outageEnds) && !Faults.listening(9092));
        fault("Kafka stopped for 30 s, started again", Faults.up(), flow);

        // Fault 3: PostgreSQL restarted while quad 2 answers and ADES reminds one of its councils.
        long saved = figures.accepted("save");
        answering = answer(load, second);
        acting = act(load, 1);
        waiting("quad 2's first answers saved").until(() -> figures.accepted("save") >= saved + 8);
        Faults.stop("postgres");
        String reminded = second.keySet().iterator().next();
        Future<Outcome> remind = load.submit(() -> call("POST", 8082,
                "/cycles/" + cycleId + "/evaluations/" + reminded + "/remind", ADES, null, null, "remind"));
        fault("PostgreSQL restarted", Faults.up(), flow);
        if (remind.get(REQUEST_BUDGET.toSeconds() + 10, TimeUnit.SECONDS).tookEffect()) {
            reminders.merge(reminded, 1, Integer::sum);
        }
        finish(answering);
        finish(acting);

        // Fault 4: quad 2's submissions are a burst for rubric-service's relay to publish: one rubric-service is
        // killed as the first of them is accepted; one notification-service is killed while mails wait to be sent.
        long submitted = figures.accepted("submit");
        List<Future<?>> submitting = submit(load, second);
        waiting("quad 2's first submission accepted").pollInterval(Duration.ofMillis(20))
                .until(() -> figures.accepted("submit") > submitted);
        Faults.kill("rubric-service");
        AtomicLong pending = new AtomicLong();
        try {
            waiting("mails waiting to be sent").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        pending.set(Mail.pending().size());
                        return pending.get() > 0;
                    });
        } catch (ConditionTimeoutException none) {
            // Recorded as 0: the mails had gone before the kill.
        }
        figures.record("mails pending when notification-service was killed", pending.get());
        Faults.kill("notification-service");
        finish(submitting);
        List<Future<?>> commenting = comment(load);
        fault("rubric-service killed mid-publish, notification-service with mails waiting, both started again",
                Faults.up(), flow);
        finish(commenting);
    }

    /** Records a fault's end, and how long the platform then took to catch up. */
    private void fault(String what, Instant end, Flow flow) {
        Duration caughtUp = flow.catchUp(end, CATCH_UP);
        figures.faultEnded(what, end, caughtUp);
        if (caughtUp == null) {
            figures.problem("not caught up within " + CATCH_UP.toSeconds() + " s of: " + what);
        }
    }

    // ------------------------------------------------------------------ the load

    private void setUp() throws Exception {
        String framework = Files.readString(ROOT.resolve("rubric-service/src/main/resources/seed/demo-framework.json"));
        String versionId = new DemoData(API).importAndPublish(framework);
        JsonNode cycle = API.post(ADES, QuadsApi.RUBRIC + "/cycles", Map.of(
                "name", "faults-" + UUID.randomUUID().toString().substring(0, 8), "rubricVersionId", versionId,
                "opensOn", LocalDate.now().minusDays(1).toString(),
                "submissionDeadline", LocalDate.now().plusDays(30).toString()))
                .expect(201, "opening the cycle").body();
        cycleId = cycle.get("id").asText();
        String url = QuadsApi.QUAD + "/cycles/" + cycleId + "/quads";
        waiting("quad-service knows the cycle").until(() -> API.get(ADES, url).status() == 200);
        knowTheCouncils(QUADS.stream().flatMap(quad -> quad.keySet().stream()).toList());
        for (Map<String, String> quad : QUADS) {
            quadIds.add(API.post(ADES, url, Map.of("name", "Faults " + quadIds.size(),
                    "members", List.copyOf(quad.keySet()))).expect(201, "forming a quad").body().get("id").asText());
        }
        Map<String, String> first = QUADS.get(0);
        String code = first.keySet().iterator().next();
        String evaluation = QuadsApi.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + code;
        JsonNode body = API.get(login(first.get(code)), evaluation).expect(200, "an evaluation").body();
        questions = new ArrayList<>();
        body.get("questions").forEach(q -> questions.add(q.get("code").asText()));
    }

    /**
     * Waits (bounded) until every service that keeps councils from authority-service's events knows these: quad-service
     * refuses to form a quad of councils it does not know, rubric-service checks the codes callers use, and
     * notification-service names councils in its notices. Their projections are filled from quads.councils when a
     * service first starts, so on a fresh stack they may still be catching up; a council still missing after the wait
     * was lost to that service (its event dead-lettered), which the message says.
     */
    private static void knowTheCouncils(List<String> codes) {
        Duration within = Duration.ofSeconds(90);
        for (String service : List.of("quad", "rubric", "notification")) {
            AtomicReference<List<String>> unknown = new AtomicReference<>(codes);
            try {
                waiting(service + "-service knows councils " + codes).atMost(within).until(() -> {
                    unknown.set(unknownCouncils(service, codes));
                    return unknown.get().isEmpty();
                });
            } catch (ConditionTimeoutException late) {
                throw new IllegalStateException(service + "-service still did not know " + unknown.get() + " after "
                        + within.toSeconds() + " s of waiting for its council projection (the council table of"
                        + " database " + service + "). Look for their events on quads.dead-letter." + service
                        + "-service: POST /dead-letters/replay on the service applies them.", late);
            }
        }
    }

    /** The codes among these that the service's council projection does not hold. */
    private static List<String> unknownCouncils(String database, List<String> codes) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:15432/" + database + "?connectTimeout=3&socketTimeout=5", "quads",
                "quads");
                PreparedStatement query = connection.prepareStatement(
                        "SELECT gss_code FROM council WHERE gss_code = ANY(?)")) {
            query.setArray(1, connection.createArrayOf("text", codes.toArray()));
            List<String> unknown = new ArrayList<>(codes);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    unknown.remove(rows.getString("gss_code"));
                }
            }
            return unknown;
        }
    }

    private List<Future<?>> answer(ExecutorService load, Map<String, String> quad) {
        List<Future<?>> futures = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, String> council : quad.entrySet()) {
            int level = 3 + index++;
            futures.add(load.submit(() -> {
                for (String question : questions) {
                    Map<String, Object> answer = new HashMap<>();
                    answer.put("level", level);
                    answer.put("evidence", "Evidence from " + council.getValue() + " on " + question);
                    answer.put("strengths", "Strengths noted");
                    answer.put("areasForImprovement", "Areas noted");
                    answer.put("nextSteps", "Next steps noted");
                    String path = "/cycles/" + cycleId + "/evaluations/" + council.getKey() + "/answers/" + question;
                    // The first save of an answer is If-Match "0"; a retry of a save that did happen meets 412 with
                    // the answer as it stands, which is then ours.
                    Outcome saved = call("PUT", 8082, path, login(council.getValue()), "\"0\"", answer, "save");
                    if (saved.status() == 412 && !String.valueOf(saved.body())
                            .contains("Evidence from " + council.getValue())) {
                        figures.problem("a save of " + path + " met someone else's answer: " + saved.body());
                    }
                    pace();
                }
                return null;
            }));
        }
        return futures;
    }

    private List<Future<?>> submit(ExecutorService load, Map<String, String> quad) {
        List<Future<?>> futures = new ArrayList<>();
        for (Map.Entry<String, String> council : quad.entrySet()) {
            futures.add(load.submit(() -> {
                String path = "/cycles/" + cycleId + "/evaluations/" + council.getKey() + "/submit";
                if (call("POST", 8082, path, login(council.getValue()), null, null, "submit").tookEffect()) {
                    submissions.merge(council.getKey(), 1, Integer::sum);
                }
                return null;
            }));
        }
        return futures;
    }

    /**
     * Each council comments once on the next council's answer to the first question, once the quad is revealed, with
     * an Idempotency-Key: a send that goes unanswered is sent again with the same key, and then the whole comment is
     * sent once more (a client retrying an answer it lost), which must give back the same comment, not a second one.
     */
    private List<Future<?>> comment(ExecutorService load) {
        List<Future<?>> futures = new ArrayList<>();
        for (int q = 0; q < QUADS.size(); q++) {
            String quadId = quadIds.get(q);
            Map<String, String> quad = QUADS.get(q);
            List<String> codes = List.copyOf(quad.keySet());
            for (int i = 0; i < codes.size(); i++) {
                String author = quad.get(codes.get(i));
                String about = codes.get((i + 1) % codes.size());
                futures.add(load.submit(() -> {
                    waiting("quad " + quadId + " revealed to " + author).atMost(SETTLE)
                            .until(() -> revealed(quadId, login(author)));
                    Map<String, Object> comment = Map.of("questionCode", questions.get(0), "aboutCouncil", about,
                            "kind", "question", "text", "How was this gathered? (" + author + ")");
                    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
                    String path = "/quads/" + quadId + "/comments";
                    Outcome posted = call("POST", 8083, path, login(author), null, comment, "comment", key);
                    if (posted.tookEffect()) {
                        comments.merge(about, 1, Integer::sum);
                        Outcome again = call("POST", 8083, path, login(author), null, comment, "comment sent again",
                                key);
                        String first = posted.body() == null ? null : posted.body().path("id").asText(null);
                        String second = again.body() == null ? null : again.body().path("id").asText(null);
                        if (first != null && !first.equals(second)) {
                            figures.problem("a comment sent again with its Idempotency-Key gave " + second
                                    + ", not the comment " + first + " it had posted");
                        }
                    }
                    return null;
                }));
            }
        }
        return futures;
    }

    /**
     * Each council of the quad agrees an action it owns, with an Idempotency-Key (a send that goes unanswered is sent
     * again with the same key; then the whole request once more, which must give back the same action), and then
     * starts it (PATCH to in-progress at If-Match "0": a retry of a change that did happen meets 412).
     */
    private List<Future<?>> act(ExecutorService load, int q) {
        List<Future<?>> futures = new ArrayList<>();
        String quadId = quadIds.get(q);
        for (Map.Entry<String, String> council : QUADS.get(q).entrySet()) {
            futures.add(load.submit(() -> {
                String path = "/quads/" + quadId + "/actions";
                Map<String, Object> action = Map.of("ownerCouncil", council.getKey(),
                        "description", actionDescription(council.getKey()), "questionCodes", List.of(questions.get(0)),
                        "dueDate", LocalDate.now().plusMonths(3).toString());
                Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
                String login = login(council.getValue());
                Outcome created = call("POST", 8083, path, login, null, action, "action", key);
                if (!created.tookEffect()) {
                    return null;
                }
                actions.merge(council.getKey(), 1, Integer::sum);
                Outcome again = call("POST", 8083, path, login, null, action, "action sent again", key);
                String id = again.body() == null ? null : again.body().path("id").asText(null);
                String first = created.body() == null ? null : created.body().path("id").asText(null);
                if (id == null || created.status() / 100 == 2 && !id.equals(first)) {
                    figures.problem("an action sent again with its Idempotency-Key gave " + id + ", not the action "
                            + first + " it had created");
                    return null;
                }
                Outcome started = call("PATCH", 8083, path + "/" + id, login, "\"0\"",
                        Map.of("status", "in-progress"), "action change");
                if (started.tookEffect()) {
                    actionChanges.merge(council.getKey(), 1, Integer::sum);
                }
                return null;
            }));
        }
        return futures;
    }

    private static String actionDescription(String code) {
        return "Faults run: follow up the first question (" + code + ")";
    }

    private boolean revealed(String quadId, String login) {
        QuadsApi.Reply reply = API.get(login, base(8083) + "/quads/" + quadId + "/comparison");
        return reply.body() != null && reply.body().at("/reveal/revealed").asBoolean();
    }

    /** A paced load: the faults strike while it runs, and the two shared cores keep up with it. */
    private static void pace() {
        try {
            TimeUnit.MILLISECONDS.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * How one request of the load ended: its last status and body; whether an attempt went unanswered (so that a
     * later 409 or 412 may be that attempt's own effect) and whether one was refused with 503.
     */
    private record Outcome(int status, JsonNode body, boolean unanswered, boolean refused) {
        /** 2xx, or the conflict of a retry whose earlier, unanswered attempt had in fact been applied. */
        boolean tookEffect() {
            return status / 100 == 2 || unanswered && (status == 409 || status == 412);
        }
    }

    /**
     * One request of the load, sent to the two instances in turn until it is answered: 2xx (accepted), or 409/412
     * (a retried request that had in fact been applied). A 503 must be problem+json with Retry-After; it is counted
     * as a clean refusal and tried again. No answer at all (an instance down) moves it to the other instance. A 409
     * or 412 after 503s alone means a refused request wrote something: a problem. Anything else is a problem too.
     */
    private Outcome call(String method, int port, String path, String login, String ifMatch, Object body,
            String kind) {
        return call(method, port, path, login, ifMatch, body, kind, Map.of());
    }

    private Outcome call(String method, int port, String path, String login, String ifMatch, Object body,
            String kind, Map<String, String> headers) {
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        boolean[] unanswered = { false };
        boolean[] refused = { false };
        try {
            waiting(method + " " + path).atMost(REQUEST_BUDGET).pollInterval(Duration.ofMillis(500)).until(() -> {
                String url = base(port) + path;
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + API.token(login))
                        .header("Accept", "application/json, application/problem+json")
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : QuadsApi.json(body)));
                if (ifMatch != null) {
                    request.header("If-Match", ifMatch);
                }
                headers.forEach(request::header);
                HttpResponse<String> response;
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    figures.count(kind, "unanswered (instance down), sent again");
                    unanswered[0] = true;
                    return false;
                }
                int status = response.statusCode();
                if (status == 503) {
                    refused[0] = true;
                    boolean clean = response.headers().firstValue("Content-Type").orElse("")
                            .startsWith("application/problem+json")
                            && response.headers().firstValue("Retry-After").isPresent();
                    figures.count(kind, clean ? "refused cleanly (503, problem+json, Retry-After)"
                            : "refused uncleanly");
                    figures.refusals(clean);
                    if (!clean) {
                        figures.problem(method + " " + url + ": 503 without problem+json and Retry-After");
                    }
                    return false;
                }
                JsonNode json = readJson(response.body());
                outcome.set(new Outcome(status, json, unanswered[0], refused[0]));
                if (status / 100 == 2) {
                    figures.count(kind, "accepted (2xx)");
                    figures.answeredBy(url);
                } else if (status == 409 || status == 412) {
                    if (unanswered[0]) {
                        figures.count(kind, "applied by an earlier attempt that went unanswered (" + status + ")");
                    } else if (refused[0]) {
                        figures.problem(method + " " + path + ": refused with 503, yet applied (" + status + "): "
                                + response.body());
                    } else {
                        figures.problem(method + " " + path + " answered " + status + ": " + response.body());
                    }
                } else {
                    figures.problem(method + " " + url + " answered " + status + ": " + response.body());
                }
                return true;
            });
        } catch (ConditionTimeoutException e) {
            figures.problem(method + " " + path + " was not answered within " + REQUEST_BUDGET.toMinutes() + " min");
            return new Outcome(0, null, unanswered[0], refused[0]);
        }
        return outcome.get();
    }

    /** The two instances of a service in turn: its port, then its port + 10. */
    private String base(int port) {
        return "http://127.0.0.1:" + (turn.getAndIncrement() % 2 == 0 ? port : port + INSTANCE_PORT_STEP);
    }

    // ------------------------------------------------------------------ the checks

    private void check(Flow flow, Map<String, Long> deadLettersBefore) throws Exception {
        // Each submission once in its quad's comparison, with its own levels.
        for (int q = 0; q < QUADS.size(); q++) {
            String quadId = quadIds.get(q);
            Map<String, String> quad = QUADS.get(q);
            String reader = login(quad.values().iterator().next());
            waiting("quad " + quadId + " revealed").atMost(SETTLE).until(() -> revealed(quadId, reader));
            JsonNode comparison = API.get(reader, QuadsApi.QUAD + "/quads/" + quadId + "/comparison").body();
            for (String code : quad.keySet()) {
                long most = 0;
                long fewest = Long.MAX_VALUE;
                for (JsonNode question : comparison.get("questions")) {
                    long times = question.get("answers").findValuesAsText("councilCode").stream()
                            .filter(code::equals).count();
                    most = Math.max(most, times);
                    fewest = Math.min(fewest, times);
                }
                // Each council's submitted answer once per question: fewer is a loss, more a duplicate.
                figures.effect("submissions in the quads' comparisons", 1, most > 1 ? most : fewest);
            }
        }

        // Each council's users: one notice per submission of each partner, per return, reminder and comment.
        for (int q = 0; q < QUADS.size(); q++) {
            Map<String, String> quad = QUADS.get(q);
            String quadId = quadIds.get(q);
            for (Map.Entry<String, String> member : quad.entrySet()) {
                Map<String, Long> expected = new TreeMap<>();
                quad.forEach((code, name) -> {
                    if (!code.equals(member.getKey())) {
                        expected.put("submission notices in partners' inboxes|" + name,
                                (long) submissions.getOrDefault(code, 0));
                    }
                });
                expected.put("return notices|", (long) returns.getOrDefault(member.getKey(), 0));
                expected.put("reminder notices|", (long) reminders.getOrDefault(member.getKey(), 0));
                expected.put("comment notices|", (long) comments.getOrDefault(member.getKey(), 0));
                String login = login(member.getValue());
                AtomicReference<Map<String, Long>> seen = new AtomicReference<>(Map.of());
                try {
                    waiting(member.getValue() + "'s notices").atMost(SETTLE).until(() -> {
                        seen.set(notices(login, quad, quadId));
                        return expected.entrySet().stream()
                                .allMatch(e -> seen.get().getOrDefault(e.getKey(), 0L) >= e.getValue());
                    });
                } catch (ConditionTimeoutException late) {
                    // Counted as lost below.
                }
                expected.forEach((key, n) -> figures.effect(key.substring(0, key.indexOf('|')), n,
                        seen.get().getOrDefault(key, 0L)));
            }
        }

        // Each comment once in its quad.
        for (int q = 0; q < QUADS.size(); q++) {
            String quadId = quadIds.get(q);
            String reader = login(QUADS.get(q).values().iterator().next());
            JsonNode threads = API.get(reader, QuadsApi.QUAD + "/quads/" + quadId + "/comments").body();
            for (String code : QUADS.get(q).keySet()) {
                long found = 0;
                for (JsonNode thread : threads) {
                    if (code.equals(thread.path("aboutCouncil").asText())) {
                        found++;
                    }
                }
                figures.effect("comments in the quads' threads", comments.getOrDefault(code, 0), found);
            }
        }

        // Each action once in its quad, changed exactly as often as a change was accepted (its version counts them).
        for (int q = 0; q < QUADS.size(); q++) {
            String quadId = quadIds.get(q);
            String reader = login(QUADS.get(q).values().iterator().next());
            JsonNode list = API.get(reader, QuadsApi.QUAD + "/quads/" + quadId + "/actions").body();
            for (String code : QUADS.get(q).keySet()) {
                long found = 0;
                long version = 0;
                for (JsonNode action : list) {
                    if (actionDescription(code).equals(action.path("description").asText())) {
                        found++;
                        version = action.path("version").asLong();
                    }
                }
                figures.effect("actions in the quads' lists", actions.getOrDefault(code, 0), found);
                figures.effect("action changes applied", actionChanges.getOrDefault(code, 0), version);
            }
        }

        // Each mail: every delivery notification-service recorded as sent during the run is in GreenMail, once but
        // for one per notification-service killed while sending (Mail.check).
        Mail.check(figures);

        // Nothing dead-lettered during the run.
        Map<String, Long> deadLettersAfter = flow.deadLetterCounts();
        long added = 0;
        for (Map.Entry<String, Long> topic : deadLettersAfter.entrySet()) {
            long more = topic.getValue() - deadLettersBefore.getOrDefault(topic.getKey(), 0L);
            added += more;
            if (more != 0) {
                figures.problem(more + " events dead-lettered on " + topic.getKey());
            }
        }
        figures.record("dead letters added", added);

        // Every outbox drained and every consumer group caught up, with the load stopped.
        Instant now = Instant.now();
        Duration drained = flow.catchUp(now, SETTLE);
        if (drained == null) {
            figures.problem("outboxes or consumer groups still behind " + SETTLE.toSeconds() + " s after the load");
        }
        figures.record("unsent outbox events at the end", flow.unsent(Instant.now()));
        figures.record("consumer groups' lag at the end (records)", flow.lag());
    }

    /** The council's notices of this run, by kind (submission notices by the partner that submitted). */
    private Map<String, Long> notices(String login, Map<String, String> quad, String quadId) {
        Map<String, Long> counts = new TreeMap<>();
        JsonNode inbox = API.get(login, base(8084) + "/notifications?limit=200").expect(200, "notices").body();
        for (JsonNode item : inbox.path("items")) {
            String link = item.path("link").asText();
            String type = item.path("type").asText();
            String title = item.path("title").asText();
            if (!link.contains(cycleId)) {
                continue;
            }
            switch (type) {
                case "self-evaluation.submitted" -> quad.values().stream().filter(name -> title.startsWith(name + " "))
                        .forEach(name -> counts.merge("submission notices in partners' inboxes|" + name, 1L,
                                Long::sum));
                case "self-evaluation.returned" -> counts.merge("return notices|", 1L, Long::sum);
                case "deadline-approaching", "deadline-passed" -> counts.merge("reminder notices|", 1L, Long::sum);
                case "comment" -> {
                    if (link.contains(quadId)) {
                        counts.merge("comment notices|", 1L, Long::sum);
                    }
                }
                default -> {
                    // Other notices of the cycle (opened, confirmations) are not part of the count.
                }
            }
        }
        return counts;
    }

    // ------------------------------------------------------------------ helpers

    @AfterAll
    static void closeTheFaultsCycle() {
        if (cycleId == null) {
            return;
        }
        String cycle = QuadsApi.RUBRIC + "/cycles/" + cycleId;
        QuadsApi.Reply current = API.get(ADES, cycle);
        if (current.status() == 200) {
            API.post(ADES, cycle + "/state", current.etag(), Map.of("state", "closed", "reason", "Faults run finished"));
        }
    }

    private static JsonNode readJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String login(String councilName) {
        return QuadsApi.loginOf(councilName);
    }

    private static Map<String, String> councils(String... codesAndNames) {
        Map<String, String> councils = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            councils.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return councils;
    }

    private static void finish(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get(REQUEST_BUDGET.toMinutes() * 2, TimeUnit.MINUTES);
        }
    }

    /** Every wait of the run: a named condition, polled every half second, bounded (60 s unless told). */
    static ConditionFactory waiting(String what) {
        return await(what).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500)).pollInSameThread().ignoreExceptions();
    }

    /** The stack's processes, by the pid files ./quads keeps. */
    static final class Faults {

        /** SIGKILL, as a crash or a lost node: no shutdown hook runs. Returns once every one of them is gone. */
        static void kill(String... names) throws Exception {
            List<Long> pids = new ArrayList<>();
            for (String name : names) {
                if (name.startsWith("notification-service")) {
                    Mail.SENDERS_KILLED.incrementAndGet();
                }
                long pid = pid(name);
                System.out.println("faults: SIGKILL " + name + " (pid " + pid + ") at " + Instant.now());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                pids.add(pid);
            }
            waiting(String.join(", ", names) + " gone").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100)).until(() -> pids.stream()
                            .allMatch(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)));
        }

        /** Stops a component cleanly (PostgreSQL: fast shutdown) and returns once it is gone, at that instant. */
        static Instant stop(String name) throws Exception {
            long pid = pid(name);
            System.out.println("faults: stopping " + name + " (pid " + pid + ") at " + Instant.now());
            run("kill", name.equals("postgres") ? "-INT" : "-TERM", Long.toString(pid));
            try {
                waiting(name + " stopped").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
            } catch (ConditionTimeoutException stuck) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            return Instant.now();
        }

        /** ./quads up --instances 2 starts whatever is not running and waits until it is ready; returns then. */
        static Instant up() throws Exception {
            Path log = ROOT.resolve(".quads/logs/faults-up.log");
            ProcessBuilder up = new ProcessBuilder(ROOT.resolve("quads").toString(), "up", "--instances", "2")
                    .directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            up.environment().put("QUADS_DEMO_DATA", "0");
            Process process = up.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("./quads up --instances 2 failed: see .quads/logs/faults-up.log");
            }
            Instant back = Instant.now();
            System.out.println("faults: ./quads up --instances 2 done at " + back);
            return back;
        }

        static boolean listening(int port) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException refused) {
                return false;
            }
        }

        private static long pid(String name) throws IOException {
            return Long.parseLong(Files.readString(ROOT.resolve(".quads/run/" + name + ".pid")).trim());
        }

        private static void run(String... command) throws Exception {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * The event flow as the databases and Kafka hold it: each service's outbox (outbox_event), the consumer groups'
     * committed offsets and the topics' ends, and the dead-letter topics.
     */
    static final class Flow implements AutoCloseable {

        private final Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                AdminClientConfig.CLIENT_ID_CONFIG, "faults-it",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));

        /**
         * How long after {@code end} the platform had caught up with everything written up to then: every outbox row
         * created by {@code end} sent, and then every consumer group's committed offsets at the topics' ends as they
         * stood at that moment. Null if that took longer than {@code within}.
         */
        Duration catchUp(Instant end, Duration within) {
            try {
                waiting("outboxes sent up to " + end).atMost(within).pollInterval(Duration.ofMillis(250))
                        .until(() -> unsent(end) == 0);
                AtomicReference<Map<String, Map<TopicPartition, Long>>> targets = new AtomicReference<>();
                waiting("the topics' ends").atMost(within).until(() -> {
                    targets.set(topicEnds());
                    return true;
                });
                waiting("consumer groups past the topics' ends").atMost(within).pollInterval(Duration.ofMillis(250))
                        .until(() -> past(targets.get()));
                return Duration.between(end, Instant.now());
            } catch (ConditionTimeoutException late) {
                return null;
            }
        }

        /** Each consumer group's partitions, and where each of them ends now. */
        private Map<String, Map<TopicPartition, Long>> topicEnds() throws Exception {
            Map<String, Map<TopicPartition, Long>> targets = new HashMap<>();
            for (String group : groups()) {
                targets.put(group, ends(committed(group).keySet()));
            }
            return targets;
        }

        /** Whether every group has committed at least up to its target on every partition. */
        private boolean past(Map<String, Map<TopicPartition, Long>> targets) throws Exception {
            for (Map.Entry<String, Map<TopicPartition, Long>> group : targets.entrySet()) {
                Map<TopicPartition, Long> committed = committed(group.getKey());
                for (Map.Entry<TopicPartition, Long> target : group.getValue().entrySet()) {
                    if (committed.getOrDefault(target.getKey(), -1L) < target.getValue()) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Outbox rows created by {@code until} and not yet sent, in every service's database. */
        long unsent(Instant until) throws SQLException {
            long unsent = 0;
            for (String database : DATABASES) {
                try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:15432/" + database + "?connectTimeout=3&socketTimeout=5",
                        "quads", "quads");
                        PreparedStatement query = connection.prepareStatement(
                                "SELECT count(*) AS unsent FROM outbox_event WHERE sent_at IS NULL AND created_at <= ?")) {
                    query.setObject(1, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        unsent += rows.getLong("unsent");
                    }
                }
            }
            return unsent;
        }

        /** Records the services' consumer groups have yet to process, summed (the replay groups left out). */
        long lag() {
            try {
                long lag = 0;
                for (String group : groups()) {
                    Map<TopicPartition, Long> committed = committed(group);
                    for (Map.Entry<TopicPartition, Long> end : ends(committed.keySet()).entrySet()) {
                        lag += Math.max(0, end.getValue() - committed.get(end.getKey()));
                    }
                }
                return lag;
            } catch (Exception e) {
                return -1;
            }
        }

        /** Records on each dead-letter topic (they are never deleted within a run). */
        Map<String, Long> deadLetterCounts() throws Exception {
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(name -> name.startsWith("quads.dead-letter.")).collect(Collectors.toSet());
            Map<String, Long> counts = new TreeMap<>();
            if (topics.isEmpty()) {
                return counts;
            }
            Set<TopicPartition> partitions = new java.util.HashSet<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                    description.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
            ends(partitions).forEach((partition, end) -> counts.merge(partition.topic(), end, Long::sum));
            return counts;
        }

        private List<String> groups() throws Exception {
            return admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).filter(id -> id.endsWith("-service")).sorted().toList();
        }

        private Map<TopicPartition, Long> committed(String group) throws Exception {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    committed.put(partition, offset.offset());
                }
            });
            return committed;
        }

        private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) throws Exception {
            if (partitions.isEmpty()) {
                return Map.of();
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }

        @Override
        public void close() {
            admin.close(Duration.ofSeconds(2));
        }
    }

    /**
     * Each mail notification-service sent during the run is in GreenMail, once, but for what MailSender documents:
     * a sender killed between the mail server accepting a mail and its own commit sends that one mail again (at least
     * once, never lost). It sends one mail at a time, so a killed instance may have sent at most one mail twice.
     */
    static final class Mail {
        static final AtomicLong SENDERS_KILLED = new AtomicLong();
        private static final String GREENMAIL = "http://127.0.0.1:3080";
        private static Map<String, Long> before;
        private static Instant since;

        static void snapshot() {
            since = Instant.now();
            before = mailboxes();
        }

        static List<JsonNode> pending() {
            return deliveries("pending").stream().filter(Mail::ofThisRun).toList();
        }

        static void check(Figures figures) {
            try {
                waiting("every mail of the run sent").atMost(SETTLE).until(() -> pending().isEmpty());
            } catch (ConditionTimeoutException late) {
                figures.problem(pending().size() + " mails of the run still pending");
            }
            for (JsonNode failed : deliveries("failed")) {
                if (ofThisRun(failed)) {
                    figures.problem("a mail failed: " + failed);
                }
            }
            Map<String, Long> expected = new TreeMap<>();
            for (JsonNode sent : deliveries("sent")) {
                if (ofThisRun(sent)) {
                    expected.merge(sent.path("recipient").asText() + " | " + sent.path("subject").asText(), 1L,
                            Long::sum);
                }
            }
            Map<String, Long> after = mailboxes();
            expected.forEach((key, n) -> figures.effectAtLeastOnce("mails in GreenMail", n,
                    after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L)));
            long twice = figures.duplicated("mails in GreenMail");
            figures.record("mails sent again by a notification-service killed while sending (at most "
                    + SENDERS_KILLED.get() + ", one per kill)", twice);
            if (twice > SENDERS_KILLED.get()) {
                figures.problem("mails in GreenMail: " + twice + " duplicated, more than the "
                        + SENDERS_KILLED.get() + " a killed sender may send twice");
            }
        }

        private static boolean ofThisRun(JsonNode delivery) {
            return OffsetDateTime.parse(delivery.path("createdAt").asText()).toInstant().isAfter(since);
        }

        private static List<JsonNode> deliveries(String status) {
            List<JsonNode> list = new ArrayList<>();
            JsonNode body = API.get(ADES, QuadsApi.NOTIFICATION + "/deliveries?status=" + status + "&limit=1000")
                    .expect(200, "deliveries").body();
            body.forEach(list::add);
            return list;
        }

        /** recipient | subject -> how many such messages GreenMail holds. */
        private static Map<String, Long> mailboxes() {
            Map<String, Long> counts = new HashMap<>();
            for (JsonNode user : API.get(null, GREENMAIL + "/api/user").body()) {
                String address = user.path("email").asText();
                if (address.isBlank()) {
                    continue;
                }
                JsonNode messages = API.get(null, GREENMAIL + "/api/user/"
                        + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX").body();
                if (messages == null) {
                    continue;
                }
                for (JsonNode message : messages) {
                    counts.merge(address + " | " + message.path("subject").asText(), 1L, Long::sum);
                }
            }
            return counts;
        }
    }

    /** What the run counted, and what went wrong. */
    static final class Figures {
        final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> byInstance = new ConcurrentHashMap<>();
        final AtomicLong cleanRefusals = new AtomicLong();
        final AtomicLong uncleanRefusals = new AtomicLong();
        final Map<String, long[]> effects = new ConcurrentHashMap<>();
        final Map<String, Long> records = new ConcurrentHashMap<>();
        final List<String[]> faults = new ArrayList<>();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

        void count(String kind, String outcome) {
            counts.computeIfAbsent(kind + ": " + outcome, k -> new AtomicLong()).incrementAndGet();
        }

        long accepted(String kind) {
            AtomicLong n = counts.get(kind + ": accepted (2xx)");
            return n == null ? 0 : n.get();
        }

        void answeredBy(String url) {
            URI uri = URI.create(url);
            byInstance.computeIfAbsent("127.0.0.1:" + uri.getPort(), k -> new AtomicLong()).incrementAndGet();
        }

        void refusals(boolean clean) {
            (clean ? cleanRefusals : uncleanRefusals).incrementAndGet();
        }

        /** An effect expected {@code expected} times and found {@code found} times. */
        void effect(String what, long expected, long found) {
            effectAtLeastOnce(what, expected, found);
            if (found > expected) {
                problem(what + ": " + (found - expected) + " duplicated");
            }
        }

        /** An effect promised at least once: tallied as {@link #effect}, only a loss a problem here. */
        void effectAtLeastOnce(String what, long expected, long found) {
            long[] tally = effects.computeIfAbsent(what, k -> new long[4]);
            synchronized (tally) {
                tally[0] += expected;
                tally[1] += Math.min(expected, found);
                tally[2] += Math.max(0, expected - found);
                tally[3] += Math.max(0, found - expected);
            }
            if (found < expected) {
                problem(what + ": " + (expected - found) + " lost");
            }
        }

        /** How many times more than expected the effect was found, over the run. */
        long duplicated(String what) {
            long[] tally = effects.get(what);
            if (tally == null) {
                return 0;
            }
            synchronized (tally) {
                return tally[3];
            }
        }

        void record(String what, long value) {
            records.put(what, value);
        }

        void problem(String what) {
            problems.add(what);
            System.out.println("faults: PROBLEM " + what);
        }

        synchronized void faultEnded(String fault, Instant end, Duration caughtUp) {
            String seconds = caughtUp == null ? "not caught up" : String.format("%.1f", caughtUp.toMillis() / 1000.0);
            faults.add(new String[] { fault, end.toString(), seconds });
            System.out.println("faults: " + fault + " (back at " + end + ", caught up after " + seconds + " s)");
        }

        void print(Duration took) {
            long accepted = counts.entrySet().stream().filter(e -> e.getKey().endsWith(": accepted (2xx)"))
                    .mapToLong(e -> e.getValue().get()).sum();
            long expected = effects.values().stream().mapToLong(v -> v[0]).sum();
            long found = effects.values().stream().mapToLong(v -> v[1]).sum();
            long lost = effects.values().stream().mapToLong(v -> v[2]).sum();
            long duplicated = effects.values().stream().mapToLong(v -> v[3]).sum();
            StringBuilder out = new StringBuilder("\n==== faults: figures (" + Instant.now() + ", scenario "
                    + took.toSeconds() + " s)\n");
            out.append(String.format("requests accepted %d; effects expected %d, found once %d, lost %d, "
                    + "duplicated %d; 503 refusals %d clean, %d unclean%n", accepted, expected, found, lost,
                    duplicated, cleanRefusals.get(), uncleanRefusals.get()));
            out.append("Requests:\n");
            new TreeMap<>(counts).forEach((k, v) -> out.append(String.format("  %-78s %6d%n", k, v.get())));
            out.append("Accepted by instance:\n");
            new TreeMap<>(byInstance).forEach((k, v) -> out.append(String.format("  %-78s %6d%n", k, v.get())));
            out.append(String.format("Effects: %-50s %8s %6s %5s %5s%n", "", "expected", "once", "lost", "dup"));
            new TreeMap<>(effects).forEach((k, v) -> out.append(
                    String.format("  %-57s %8d %6d %5d %5d%n", k, v[0], v[1], v[2], v[3])));
            out.append("Faults (seconds from the fault's end to every outbox sent and every consumer group caught up):\n");
            faults.forEach(f -> out.append(String.format("  %-100s %6s s  (back at %s)%n", f[0], f[2], f[1])));
            new TreeMap<>(records).forEach((k, v) -> out.append(String.format("  %-78s %6d%n", k, v)));
            out.append(problems.isEmpty() ? "PASSED: nothing lost, nothing done twice, every refusal clean\n"
                    : "FAILED: " + problems.size() + " problems\n");
            problems.forEach(p -> out.append("  ").append(p).append('\n'));
            System.out.println(out);
            try {
                Files.writeString(ROOT.resolve(".quads/logs/faults-figures.txt"), out.toString());
            } catch (IOException ignored) {
                // The figures are on the console too.
            }
        }
    }
}
