package scot.quads.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service (./quads up --instances 2) under a bounded load, with faults injected mid-flow:
 * one instance of each service killed with SIGKILL and started again, Kafka stopped for 30 s, PostgreSQL restarted,
 * an instance of rubric-service killed right after a burst of submissions (its relay publishing them) and one of
 * notification-service while it mails them. Then: every request answered 2xx has its effect exactly once, every
 * refusal was a clean 503, nothing was dead-lettered, every outbox drained, every consumer group caught up. The
 * figures are printed, and the run fails on any loss or duplicate.
 */
class FaultsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuadsApi API = new QuadsApi();
    private static final String ADES = "ades";
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final Map<String, Integer> PORTS = Map.of("authority-service", 8081, "rubric-service", 8082,
            "quad-service", 8083, "notification-service", 8084);
    private static final List<String> SERVICES = List.copyOf(new java.util.TreeSet<>(PORTS.keySet()));
    /** Two quads of four councils (any four councils may form a quad). */
    private static final List<Map<String, String>> QUADS = List.of(
            councils("S12000033", "Aberdeen City", "S12000034", "Aberdeenshire", "S12000041", "Angus",
                    "S12000035", "Argyll and Bute"),
            councils("S12000010", "East Lothian", "S12000011", "East Renfrewshire", "S12000006",
                    "Dumfries and Galloway", "S12000008", "East Ayrshire"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger turn = new AtomicInteger();
    private final Figures figures = new Figures();
    private String cycleId;
    private final List<String> quadIds = new ArrayList<>();
    private List<String> questions;
    /** Submissions answered 2xx, by council: each must reach every partner's inbox exactly once. */
    private final Map<String, Integer> submissions = new ConcurrentHashMap<>();

    @Test
    void nothingIsLostAndNothingIsDoneTwice() throws Exception {
        Instant began = Instant.now();
        Map<String, Long> deadLettersBefore = Kafka.deadLetterCounts(ROOT);
        Mail.snapshot();
        setUp();

        ExecutorService load = Executors.newFixedThreadPool(4);
        // Phase 1: quad 1 answers while one instance of each service is killed and started again.
        List<Future<?>> answering = answer(load, QUADS.get(0));
        Thread.sleep(3_000);
        Faults.kill(ROOT, "authority-service", "rubric-service-2", "quad-service", "notification-service-2");
        Thread.sleep(2_000);
        figures.faultEnded("one instance of each service killed (SIGKILL) and started again", Faults.up(ROOT));
        await(answering);

        // Phase 2: Kafka stopped for 30 s while quad 1 submits, ADES returns one evaluation and it is submitted again.
        Faults.stop(ROOT, "kafka");
        Instant kafkaDown = Instant.now();
        await(submit(load, QUADS.get(0)));
        String returned = QUADS.get(0).keySet().iterator().next();
        call("POST", 8082, "/cycles/" + cycleId + "/evaluations/" + returned + "/return", ADES, null,
                Map.of("reason", "Please add the evidence for the first theme"), "return");
        await(submit(load, Map.of(returned, QUADS.get(0).get(returned))));
        Thread.sleep(Math.max(0, 30_000 - Duration.between(kafkaDown, Instant.now()).toMillis()));
        figures.faultEnded("Kafka stopped for 30 s and started again", Faults.up(ROOT));

        // Phase 3: PostgreSQL restarted while quad 2 answers, then quad 2 submits.
        answering = answer(load, QUADS.get(1));
        Thread.sleep(2_000);
        Faults.stop(ROOT, "postgres");
        figures.faultEnded("PostgreSQL restarted", Faults.up(ROOT));
        await(answering);
        await(submit(load, QUADS.get(1)));

        // Phase 4: quad 2's submissions are being relayed and mailed, and partners comment on each other's answers:
        // rubric-service is killed while its relay publishes, notification-service while it mails.
        List<Future<?>> commenting = comment(load);
        Faults.kill(ROOT, "rubric-service", "notification-service");
        figures.faultEnded("rubric-service and notification-service killed mid-publish and mid-mail, started again",
                Faults.up(ROOT));
        await(commenting);
        load.shutdown();

        Instant lastFault = figures.lastFaultEnd();
        check(deadLettersBefore, lastFault);
        figures.print(Duration.between(began, Instant.now()));
        assertThat(figures.problems).as("losses, duplicates and unclean refusals").isEmpty();
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
        until(Duration.ofSeconds(60), () -> API.get(ADES, url).status() == 200, "quad-service knows the cycle");
        for (Map<String, String> quad : QUADS) {
            quadIds.add(API.post(ADES, url, Map.of("name", "Faults " + quadIds.size(),
                    "members", List.copyOf(quad.keySet()))).expect(201, "forming a quad").body().get("id").asText());
        }
        Map<String, String> first = QUADS.get(0);
        String code = first.keySet().iterator().next();
        JsonNode evaluation = API.get(login(first.get(code)), evaluation(code)).expect(200, "an evaluation").body();
        questions = new ArrayList<>();
        evaluation.get("questions").forEach(q -> questions.add(q.get("code").asText()));
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
                    Answer reply = call("PUT", 8082, path, login(council.getValue()), "\"0\"", answer, "save");
                    pause(100); // a bounded, paced load: the faults strike while it runs
                    if (reply.status() == 412 && reply.body() != null
                            && reply.body().toString().contains("Evidence from " + council.getValue())) {
                        figures.count("save", "already saved by a retried request");
                    }
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
                Answer reply = call("POST", 8082, path, login(council.getValue()), null, null, "submit");
                if (reply.status() / 100 == 2) {
                    submissions.merge(council.getKey(), 1, Integer::sum);
                } else if (reply.status() == 409) {
                    // A retry of a submission whose answer was lost: it counts once it is seen submitted.
                    figures.count("submit", "already submitted by a retried request");
                }
                return null;
            }));
        }
        return futures;
    }

    private List<Future<?>> comment(ExecutorService load) {
        List<Future<?>> futures = new ArrayList<>();
        for (int q = 0; q < QUADS.size(); q++) {
            String quadId = quadIds.get(q);
            List<String> codes = List.copyOf(QUADS.get(q).keySet());
            for (int i = 0; i < codes.size(); i++) {
                String author = codes.get(i);
                String about = codes.get((i + 1) % codes.size());
                Map<String, String> quad = QUADS.get(q);
                futures.add(load.submit(() -> {
                    until(SETTLE, () -> revealed(quadId, login(quad.get(author))), "the quad's reveal");
                    Map<String, Object> comment = Map.of("questionCode", questions.get(0), "aboutCouncil", about,
                            "kind", "question", "text", "How was this gathered? (" + quad.get(author) + ")");
                    call("POST", 8083, "/quads/" + quadId + "/comments", login(quad.get(author)), null, comment,
                            "comment");
                    return null;
                }));
            }
        }
        return futures;
    }

    private boolean revealed(String quadId, String login) {
        QuadsApi.Reply reply = tryGet(login, base(8083) + "/quads/" + quadId + "/comparison");
        return reply != null && reply.body() != null && reply.body().at("/reveal/revealed").asBoolean();
    }

    private record Answer(int status, JsonNode body) {
    }

    /**
     * One request of the load, sent to the two instances in turn, until it is answered: 2xx (accepted), or 409/412
     * (a retried request that had in fact been applied). A 503 must be problem+json with Retry-After (counted as a
     * clean refusal, then tried again); no answer at all (an instance down) moves to the other instance; anything
     * else is a problem of the run.
     */
    private Answer call(String method, int port, String path, String login, String ifMatch, Object body, String kind) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String url = base(port) + path;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + API.token(login))
                    .header("Accept", "application/json, application/problem+json")
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : QuadsApi.json(body)));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                figures.count(kind, "unanswered (instance down), sent again");
                pause(300);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            int status = response.statusCode();
            JsonNode json = QuadsApi.readTree(response.body());
            if (status / 100 == 2) {
                figures.count(kind, "accepted");
                return new Answer(status, json);
            }
            if (status == 409 || status == 412) {
                return new Answer(status, json);
            }
            if (status == 503) {
                boolean clean = response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json")
                        && response.headers().firstValue("Retry-After").isPresent();
                figures.count(kind, clean ? "refused cleanly (503, Retry-After)" : "refused uncleanly");
                if (!clean) {
                    figures.problem(method + " " + url + ": 503 without problem+json and Retry-After");
                }
                pause(1_000);
                continue;
            }
            figures.problem(method + " " + url + " answered " + status + ": " + response.body());
            return new Answer(status, json);
        }
        figures.problem(method + " " + path + " was not answered within 3 minutes");
        return new Answer(0, null);
    }

    private String base(int port) {
        return "http://127.0.0.1:" + (turn.getAndIncrement() % 2 == 0 ? port : port + 10);
    }

    private QuadsApi.Reply tryGet(String login, String url) {
        try {
            return API.get(login, url);
        } catch (RuntimeException down) {
            return null;
        }
    }

    // ------------------------------------------------------------------ the checks

    private void check(Map<String, Long> deadLettersBefore, Instant lastFault) throws Exception {
        // Every submission once in its quad's comparison, with its own levels.
        for (int q = 0; q < QUADS.size(); q++) {
            String quadId = quadIds.get(q);
            Map<String, String> quad = QUADS.get(q);
            String reader = login(quad.values().iterator().next());
            until(SETTLE, () -> revealed(quadId, reader), "quad " + quadId + " revealed");
            JsonNode comparison = API.get(reader, QuadsApi.QUAD + "/quads/" + quadId + "/comparison").body();
            int most = 0;
            int fewest = Integer.MAX_VALUE;
            for (JsonNode question : comparison.get("questions")) {
                List<String> councils = question.get("answers").findValuesAsText("councilCode");
                most = Math.max(most, councils.size());
                fewest = Math.min(fewest, new java.util.HashSet<>(councils).size());
            }
            // Each council's submitted answer once per question: fewer is a loss, more a duplicate.
            figures.effect("submissions in the quads' comparisons", quad.size(), most > quad.size() ? most : fewest);
        }

        // Each partner: exactly one notification of each other member's submission, and of each comment about it.
        for (int q = 0; q < QUADS.size(); q++) {
            Map<String, String> quad = QUADS.get(q);
            for (Map.Entry<String, String> member : quad.entrySet()) {
                String login = login(member.getValue());
                until(SETTLE, () -> {
                    Map<String, Integer> seen = submittedNotices(login, quad, member.getKey());
                    return quad.entrySet().stream().filter(c -> !c.getKey().equals(member.getKey()))
                            .allMatch(c -> seen.get(c.getValue()) >= submissions.getOrDefault(c.getKey(), 0));
                }, member.getValue() + "'s submission notices");
                Map<String, Integer> notices = submittedNotices(login, quad, member.getKey());
                quad.forEach((code, name) -> {
                    if (!code.equals(member.getKey())) {
                        figures.effect("submission notices in partners' inboxes", submissions.getOrDefault(code, 0),
                                notices.get(name));
                    }
                });
            }
        }

        // Each mail once: every delivery notification-service recorded as sent for this cycle's councils is in
        // GreenMail once.
        Mail.check(figures);

        // Nothing dead-lettered during the run.
        Map<String, Long> deadLettersAfter = Kafka.deadLetterCounts(ROOT);
        for (Map.Entry<String, Long> topic : deadLettersAfter.entrySet()) {
            long added = topic.getValue() - deadLettersBefore.getOrDefault(topic.getKey(), 0L);
            figures.record("dead letters added on " + topic.getKey(), added);
            if (added != 0) {
                figures.problem(added + " events dead-lettered on " + topic.getKey());
            }
        }

        // Every outbox drained, on each instance's reading.
        for (String service : SERVICES) {
            for (int port : List.of(PORTS.get(service), PORTS.get(service) + 10)) {
                String url = "http://127.0.0.1:" + port + "/q/health/well";
                boolean drained = until(SETTLE, () -> outboxUnsent(url) == 0, service + "'s outbox drained");
                if (!drained) {
                    figures.problem(service + " on " + port + " still has " + outboxUnsent(url) + " unsent events");
                }
            }
        }

        // Every consumer group caught up, and how long after the last fault.
        boolean caughtUp = until(SETTLE, () -> Kafka.lag(ROOT) == 0, "consumer groups caught up");
        figures.record("seconds from the last fault's end to every consumer group caught up",
                Duration.between(lastFault, Instant.now()).toSeconds());
        if (!caughtUp) {
            figures.problem("consumer groups still behind: " + Kafka.lag(ROOT) + " records");
        }
    }

    private Map<String, Integer> submittedNotices(String login, Map<String, String> quad, String self) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        quad.forEach((code, name) -> {
            if (!code.equals(self)) {
                counts.put(name, 0);
            }
        });
        QuadsApi.Reply inbox = tryGet(login, QuadsApi.NOTIFICATION + "/notifications?limit=200");
        if (inbox == null || inbox.body() == null) {
            return counts;
        }
        for (JsonNode item : inbox.body().path("items")) {
            if (!item.path("link").asText().contains(cycleId)
                    || !item.path("type").asText().equals("self-evaluation.submitted")) {
                continue;
            }
            counts.replaceAll((name, n) -> item.path("title").asText().startsWith(name + " ") ? n + 1 : n);
        }
        return counts;
    }

    private long outboxUnsent(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode health = JSON.readTree(response.body());
            for (JsonNode check : health.path("checks")) {
                if (check.path("name").asText().equals("event flow")) {
                    return check.path("data").path("outboxUnsent").asLong(-1);
                }
            }
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    // ------------------------------------------------------------------ helpers

    private String evaluation(String council) {
        return QuadsApi.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + council;
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

    private static void await(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get(5, TimeUnit.MINUTES);
        }
    }

    private static boolean until(Duration timeout, java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException notYet) {
                // An instance or the broker is still coming back.
            }
            pause(1_000);
        }
        System.out.println("faults: gave up waiting for " + what);
        return false;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The stack's processes, by the pid files ./quads keeps. */
    static final class Faults {

        static void kill(Path root, String... names) throws Exception {
            for (String name : names) {
                long pid = pid(root, name);
                System.out.println("faults: SIGKILL " + name + " (pid " + pid + ")");
                run(root, "kill", "-KILL", Long.toString(pid));
            }
        }

        /** Stops a component cleanly (PostgreSQL: fast shutdown) and waits until it is gone. */
        static void stop(Path root, String name) throws Exception {
            long pid = pid(root, name);
            System.out.println("faults: stopping " + name + " (pid " + pid + ")");
            run(root, "kill", name.equals("postgres") ? "-INT" : "-TERM", Long.toString(pid));
            Instant deadline = Instant.now().plusSeconds(60);
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                if (Instant.now().isAfter(deadline)) {
                    run(root, "kill", "-KILL", Long.toString(pid));
                    break;
                }
                pause(200);
            }
        }

        /** ./quads up --instances 2 starts whatever is not running and waits until it is ready; returns then. */
        static Instant up(Path root) throws Exception {
            Process up = new ProcessBuilder(root.resolve("quads").toString(), "up", "--instances", "2")
                    .directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve(".quads/logs/faults-up.log").toFile()))
                    .start();
            if (!up.waitFor(5, TimeUnit.MINUTES) || up.exitValue() != 0) {
                throw new IllegalStateException("./quads up --instances 2 failed: see .quads/logs/faults-up.log");
            }
            return Instant.now();
        }

        private static long pid(Path root, String name) throws IOException {
            return Long.parseLong(Files.readString(root.resolve(".quads/run/" + name + ".pid")).trim());
        }

        static String run(Path root, String... command) throws Exception {
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(2, TimeUnit.MINUTES);
            return out;
        }
    }

    /** Kafka's own tools, from the stack's Kafka: dead-letter counts and consumer lag. */
    static final class Kafka {

        static Map<String, Long> deadLetterCounts(Path root) throws Exception {
            Map<String, Long> counts = new java.util.TreeMap<>();
            String out = tool(root, "org.apache.kafka.tools.GetOffsetShell", "--bootstrap-server", "127.0.0.1:9092",
                    "--topic-pattern", "quads\\.dead-letter\\..*");
            for (String line : out.split("\n")) {
                String[] parts = line.trim().split(":");
                if (parts.length == 3 && parts[0].startsWith("quads.dead-letter.") && parts[2].matches("\\d+")) {
                    counts.merge(parts[0], Long.parseLong(parts[2]), Long::sum);
                }
            }
            return counts;
        }

        /** The records the services' consumer groups have yet to process, summed. */
        static long lag(Path root) {
            try {
                String out = tool(root, "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
                        "--bootstrap-server", "127.0.0.1:9092", "--describe", "--all-groups");
                long lag = 0;
                int lagColumn = -1;
                for (String line : out.split("\n")) {
                    String[] columns = line.trim().split("\\s+");
                    if (columns.length > 0 && columns[0].equals("GROUP")) {
                        lagColumn = List.of(columns).indexOf("LAG");
                        continue;
                    }
                    if (lagColumn < 0 || columns.length <= lagColumn || !columns[0].endsWith("-service")) {
                        continue;
                    }
                    if (columns[lagColumn].matches("\\d+")) {
                        lag += Long.parseLong(columns[lagColumn]);
                    }
                }
                return lag;
            } catch (Exception e) {
                return -1;
            }
        }

        private static String tool(Path root, String main, String... args) throws Exception {
            Path lib;
            try (var dirs = Files.list(root.resolve(".quads/lib"))) {
                lib = dirs.filter(d -> d.getFileName().toString().startsWith("kafka-")).findFirst().orElseThrow();
            }
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"), "-Xmx128m",
                    "-Dlog4j2.configurationFile=" + root.resolve("deploy/local/kafka-log4j2.properties"),
                    "-Dquads.home=" + root.resolve(".quads"), "-cp", lib + "/*", main));
            command.addAll(List.of(args));
            return Faults.run(root, command.toArray(String[]::new));
        }
    }

    /** Each mail notification-service sent during the run is in GreenMail once. */
    static final class Mail {
        private static final String GREENMAIL = "http://127.0.0.1:3080";
        private static Map<String, Long> before;
        private static Instant since;

        static void snapshot() {
            since = Instant.now();
            before = mailboxes();
        }

        static void check(Figures figures) {
            boolean settled = until(SETTLE, () -> deliveries("pending").stream().noneMatch(Mail::ofThisRun),
                    "every mail of the run sent");
            if (!settled) {
                figures.problem("mails of the run still pending");
            }
            for (JsonNode failed : deliveries("failed")) {
                if (ofThisRun(failed)) {
                    figures.problem("a mail failed: " + failed);
                }
            }
            Map<String, Long> expected = new java.util.TreeMap<>();
            for (JsonNode sent : deliveries("sent")) {
                if (ofThisRun(sent)) {
                    expected.merge(sent.path("recipient").asText() + " | " + sent.path("subject").asText(), 1L,
                            Long::sum);
                }
            }
            Map<String, Long> after = mailboxes();
            expected.forEach((key, n) -> figures.effect("mails in GreenMail", n,
                    after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L)));
            figures.record("mails sent during the run", expected.values().stream().mapToLong(Long::longValue).sum());
        }

        private static boolean ofThisRun(JsonNode delivery) {
            return java.time.OffsetDateTime.parse(delivery.path("createdAt").asText()).toInstant().isAfter(since);
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
            Map<String, Long> counts = new java.util.HashMap<>();
            for (JsonNode user : API.get(null, GREENMAIL + "/api/user").body()) {
                String address = user.path("email").asText();
                if (address.isBlank()) {
                    continue;
                }
                JsonNode messages = API.get(null, GREENMAIL + "/api/user/"
                        + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8)
                        + "/messages/INBOX").body();
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
        final Map<String, long[]> effects = new ConcurrentHashMap<>();
        final Map<String, Long> records = new ConcurrentHashMap<>();
        final List<String[]> faults = new ArrayList<>();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

        void count(String kind, String outcome) {
            counts.computeIfAbsent(kind + ": " + outcome, k -> new AtomicLong()).incrementAndGet();
        }

        /** An effect expected {@code expected} times and found {@code found} times. */
        void effect(String what, long expected, long found) {
            long[] tally = effects.computeIfAbsent(what, k -> new long[4]);
            synchronized (tally) {
                tally[0] += expected;
                tally[1] += Math.min(expected, found);
                tally[2] += Math.max(0, expected - found);
                tally[3] += Math.max(0, found - expected);
            }
            if (found < expected) {
                problem(what + ": " + (expected - found) + " lost");
            } else if (found > expected) {
                problem(what + ": " + (found - expected) + " duplicated");
            }
        }

        void record(String what, long value) {
            records.put(what, value);
        }

        void problem(String what) {
            problems.add(what);
            System.out.println("faults: PROBLEM " + what);
        }

        synchronized void faultEnded(String fault, Instant end) {
            faults.add(new String[] { fault, end.toString() });
            System.out.println("faults: " + fault + " (back at " + end + ")");
        }

        synchronized Instant lastFaultEnd() {
            return Instant.parse(faults.get(faults.size() - 1)[1]);
        }

        void print(Duration took) {
            StringBuilder out = new StringBuilder("\n==== faults: figures (" + took.toSeconds() + " s)\n");
            out.append("Requests:\n");
            new java.util.TreeMap<>(counts).forEach((k, v) -> out.append(String.format("  %-70s %6d%n", k, v.get())));
            out.append("Effects (expected / found once / lost / duplicated):\n");
            new java.util.TreeMap<>(effects).forEach((k, v) -> out.append(
                    String.format("  %-55s %5d %5d %5d %5d%n", k, v[0], v[1], v[2], v[3])));
            out.append("Faults:\n");
            faults.forEach(f -> out.append("  ").append(f[0]).append(", back at ").append(f[1]).append('\n'));
            new java.util.TreeMap<>(records).forEach((k, v) -> out.append(String.format("  %-70s %6d%n", k, v)));
            out.append(problems.isEmpty() ? "PASSED: nothing lost, nothing done twice\n"
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
