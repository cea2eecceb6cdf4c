package scot.quads.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec-driven fuzzer: against the running stack ({@code ./quads up}), for every operation of every service's
 * OpenAPI, as each role in turn (ADES, a council's editor and viewer, an ADES officer, a link inspector, no token) with
 * real Keycloak tokens, it sends generated
 * requests, well-formed and malformed (from a fixed seed, so a run can be repeated), and checks each answer: no
 * server error, a status the document gives for the operation, a documented media type, a body that matches its
 * schema ({@link OpenApiDocument}). Bounded in count and time; its summary printed; any failure fails the run.
 *
 * <p>Deliberate limits, so that the shared demo data stays as the journeys after it expect: requests that would
 * change data are always ones the service must refuse (a malformed body, a body of the wrong kind, a missing or
 * wrong If-Match, an id that does not exist, no token); reads are sent well-formed and malformed. A snapshot of the
 * data read before and after the run must not differ. Deliberate exceptions: the live notification stream
 * (text/event-stream) is left out, since it never ends by design; a write that takes no input at all (no path, query
 * or body: {@code POST /notifications/read-all}, {@code POST /dead-letters/replay}) cannot be sent malformed and would
 * do its work for anyone it is for, so it is sent without a token only (and must be refused with 401).
 */
class ContractFuzzIT {

    private static final int TRIES = Integer.getInteger("quads.fuzz.requests", 5000);
    private static final Duration BUDGET = Duration.ofMinutes(Long.getLong("quads.fuzz.minutes", 5));
    private static final String[] SERVICES = { QuadsApi.AUTHORITY, QuadsApi.RUBRIC, QuadsApi.QUAD,
            QuadsApi.NOTIFICATION };
    /**
     * Every role of the realm, with the local stack's demo users: ADES's administrator, a council's editor and its
     * viewer, an ADES officer, a link inspector, and no token at all.
     */
    private static final String[] ROLES = { "ades", "fife", "fife-viewer", "ades-officer-1", "link-inspector-1",
            null };
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1, as the portal, the documented curl calls and the deployments' proxies speak to the services (Java's
     * client would otherwise ask to upgrade to cleartext HTTP/2, which no client of the platform uses).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static final QuadsApi API = new QuadsApi();
    private static final List<Operation> OPERATIONS = new ArrayList<>();
    private static final Map<String, OpenApiDocument> DOCUMENTS = new LinkedHashMap<>();
    private static final Map<String, List<String>> KNOWN = new LinkedHashMap<>();
    private static final Map<String, AtomicInteger> STATUSES = new TreeMap<>();
    private static final Map<String, AtomicInteger> PER_OPERATION = new TreeMap<>();
    private static final Map<String, AtomicInteger> PER_ROLE = new TreeMap<>();
    private static final List<String> FAILURES = new ArrayList<>();
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();
    private static final AtomicInteger UNDOCUMENTED = new AtomicInteger();
    private static final AtomicInteger NOT_PROBLEM = new AtomicInteger();
    private static Instant started;
    private static Map<String, String> before;

    /** One documented operation of one service. */
    record Operation(String service, String method, String path, JsonNode spec) {
        boolean writes() {
            return !method.equals("GET");
        }

        String name() {
            return method + " " + service.substring(service.lastIndexOf(':') + 1) + path;
        }

        /** A write with no path, query or body to get wrong: only a caller it is not for can be refused. */
        boolean takesNoInput() {
            if (!writes() || path.contains("{") || spec.has("requestBody")) {
                return false;
            }
            for (JsonNode parameter : spec.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One generated request: which operation, as whom, which variant, and the raw material for its parts. */
    record Case(int operation, int role, int variant, String junk, long salt) {
    }

    @BeforeAll
    static void readTheDocuments() throws Exception {
        started = Instant.now();
        for (String service : SERVICES) {
            OpenApiDocument document = OpenApiDocument.of(service);
            JsonNode root = document.root();
            DOCUMENTS.put(service, document);
            for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                        continue;
                    }
                    if (op.getValue().path("responses").path("200").path("content").has("text/event-stream")) {
                        continue;
                    }
                    OPERATIONS.add(new Operation(service, op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        known();
        before = snapshot();
        System.out.printf("fuzz: %d operations in %d services; %d requests at most, %s at most%n",
                OPERATIONS.size(), SERVICES.length, TRIES, BUDGET);
    }

    /** Real ids and codes from the demo data, so that well-formed reads reach real resources. */
    private static void known() throws Exception {
        List<String> cycles = ids(API.get("ades", QuadsApi.RUBRIC + "/cycles").body(), "id");
        List<String> quads = new ArrayList<>();
        for (String cycle : cycles) {
            quads.addAll(ids(API.get("ades", QuadsApi.QUAD + "/cycles/" + cycle + "/quads").body(), "id"));
        }
        KNOWN.put("cycle", cycles);
        KNOWN.put("quad", quads);
        List<String> versions = new ArrayList<>();
        JsonNode frameworks = API.get("ades", QuadsApi.RUBRIC + "/frameworks").body();
        if (frameworks != null) {
            frameworks.forEach(framework -> versions.addAll(ids(framework.path("versions"), "id")));
        }
        KNOWN.put("version", versions);
        KNOWN.put("framework", ids(API.get("ades", QuadsApi.RUBRIC + "/frameworks").body(), "id"));
        KNOWN.put("code", List.of("S12000047", "S12000015", "S12000036", "S12000049"));
        KNOWN.put("indicator", List.of("CHN4", "CHN10"));
        KNOWN.put("question", List.of("D1.1.1", "D1.2.1", "D2.1.1"));
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(item -> {
                if (item.hasNonNull(field)) {
                    ids.add(item.get(field).asText());
                }
            });
        }
        return ids.isEmpty() ? List.of(UUID.randomUUID().toString()) : ids;
    }

    /** Where generated requests start from: the same seed, the same requests (given the same demo data). */
    private static final long SEED = Long.getLong("quads.fuzz.seed", 20261206L);
    /** Values that have broken parsers before: blanks, numbers out of range, traversal, escapes, injection, sizes. */
    private static final List<String> NASTY = List.of("", " ", "abc", "-1", "0", "1.5", "9999999999999999999",
            "1e9", "true", "null", "../..", "%", "%00", "%zz", "S12000047", "s12000047", "2020-21", "2020/21",
            "1999-00", "\u00e9\u00e8\u4e2d", "\ud83d\ude00", "'; select 1;--", "{}", "[]", "x".repeat(5000));

    /** One request's raw material: an operation, a role, a variant and a piece of junk, all drawn from one seed. */
    static Case next(Random random) {
        return new Case(random.nextInt(OPERATIONS.size()), random.nextInt(ROLES.length), random.nextInt(12),
                junk(random), random.nextLong());
    }

    /**
     * Junk for a field: a third of the time any characters (up to 24 code points from anywhere in Unicode,
     * unpaired surrogates included), a third control characters only, a third a value from {@link #NASTY}.
     */
    static String junk(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(25);
                for (int i = 0; i < length; i++) {
                    int kind = random.nextInt(4);
                    if (kind == 0) {
                        text.append((char) (0x20 + random.nextInt(0x5f)));
                    } else if (kind == 1) {
                        text.append((char) random.nextInt(0x10000));
                    } else if (kind == 2) {
                        text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    } else {
                        text.append((char) random.nextInt(0x20));
                    }
                }
                yield text.toString();
            }
            case 1 -> {
                String controls = "\u0000\u0007\u001f\u007f\t\n";
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(4);
                for (int i = 0; i < length; i++) {
                    text.append(controls.charAt(random.nextInt(controls.length())));
                }
                yield text.toString();
            }
            default -> NASTY.get(random.nextInt(NASTY.size()));
        };
    }

    @Test
    void everyAnswerIsDocumentedAndNoneIsAServerError() throws Exception {
        Random random = new Random(SEED);
        while (SENT.get() < TRIES && Duration.between(started, Instant.now()).compareTo(BUDGET) <= 0) {
            send(next(random));
        }
        summary();
    }

    private static void send(Case fuzz) throws Exception {
        Operation operation = OPERATIONS.get(fuzz.operation());
        // A write that takes no input (marking all one's notifications read, replaying dead letters) would do its
        // work for a caller it is for, which this run must not: it is sent without a token, to be refused.
        String role = operation.takesNoInput() ? null : ROLES[fuzz.role()];
        Random random = new Random(fuzz.salt());
        // Reads: well-formed about half the time. Writes: always something the service must refuse.
        boolean wellFormed = !operation.writes() && fuzz.variant() < 6;
        String path = path(operation, wellFormed, fuzz, random);
        Map<String, List<String>> parameters = query(operation, wellFormed, fuzz, random);
        String query = encode(parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(operation.service() + path + query))
                .timeout(Duration.ofSeconds(30)).header("Accept", "*/*");
        if (role != null) {
            request.header("Authorization", "Bearer " + API.token(role));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "*/*");
        if (role != null) {
            headers.put("Authorization", "Bearer " + API.token(role));
        }
        String body = null;
        if (operation.writes()) {
            body = body(operation, fuzz, random);
            String type = fuzz.variant() == 9 ? "text/plain" : "application/json";
            if (fuzz.variant() != 10) {
                String ifMatch = fuzz.variant() == 11 ? "\"" + fuzz.junk().length() + "junk\"" : "\"0\"";
                request.header("If-Match", ifMatch);
                headers.put("If-Match", ifMatch);
            }
            request.header("Content-Type", type);
            headers.put("Content-Type", type);
        }
        request.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            fail(operation, role, path + query, "no answer: " + e);
            return;
        }
        SENT.incrementAndGet();
        int status = response.statusCode();
        STATUSES.computeIfAbsent(Integer.toString(status), key -> new AtomicInteger()).incrementAndGet();
        PER_OPERATION.computeIfAbsent(operation.name(), key -> new AtomicInteger()).incrementAndGet();
        PER_ROLE.computeIfAbsent(role == null ? "no token" : role, key -> new AtomicInteger()).incrementAndGet();
        if (status >= 400) {
            REFUSED.incrementAndGet();
        }
        if (status >= 500) {
            fail(operation, role, path + query, "server error " + status + ": " + abbreviate(response.body()));
            return;
        }
        if (operation.writes() && status < 300) {
            fail(operation, role, path + query, "a request that had to be refused was accepted (" + status + ")");
        }
        String rawPath = URI.create(operation.service() + path).getRawPath();
        List<String> problems = DOCUMENTS.get(operation.service()).check(operation.method(), rawPath, parameters,
                headers, body, status, response.headers().firstValue("Content-Type").orElse(null), response.body());
        if (!problems.isEmpty()) {
            if (problems.stream().anyMatch(problem -> problem.startsWith("validation.response.status.unknown"))) {
                UNDOCUMENTED.incrementAndGet();
            }
            if (problems.stream().anyMatch(problem -> problem.contains("not " + OpenApiDocument.PROBLEM))) {
                NOT_PROBLEM.incrementAndGet();
            }
            fail(operation, role, path + query, status + " " + String.join("; ", problems));
        }
    }

    private static void summary() throws Exception {
        Map<String, String> after = snapshot();
        for (Map.Entry<String, String> read : before.entrySet()) {
            if (!read.getValue().equals(after.get(read.getKey()))) {
                FAILURES.add("the data at " + read.getKey() + " changed during the run");
            }
        }
        List<String> untouched = OPERATIONS.stream().map(Operation::name)
                .filter(name -> !PER_OPERATION.containsKey(name)).toList();
        long serverErrors = STATUSES.entrySet().stream().filter(e -> e.getKey().startsWith("5"))
                .mapToInt(e -> e.getValue().get()).sum();
        long changed = FAILURES.stream().filter(failure -> failure.startsWith("the data at")).count();
        System.out.printf("fuzz: %s, %d requests over %d of %d operations in %ds; per role %s; statuses %s;"
                + " %d refused; %d server errors; %d undocumented statuses; %d errors not problem+json;"
                + " %d data reads compared before and after, %d changed; %d failures%n",
                LocalDate.now(), SENT.get(), PER_OPERATION.size(), OPERATIONS.size(),
                Duration.between(started, Instant.now()).toSeconds(), PER_ROLE, STATUSES, REFUSED.get(),
                serverErrors, UNDOCUMENTED.get(), NOT_PROBLEM.get(), before.size(), changed, FAILURES.size());
        if (!untouched.isEmpty()) {
            System.out.println("fuzz: operations not reached: " + untouched);
            FAILURES.add(untouched.size() + " operations were not reached: " + untouched);
        }
        FAILURES.stream().limit(60).forEach(failure -> System.out.println("fuzz: FAIL " + failure));
        System.out.printf("fuzz: %d passed, %d failed%n", SENT.get() - FAILURES.size(), FAILURES.size());
        if (!FAILURES.isEmpty()) {
            throw new AssertionError(FAILURES.size() + " fuzzed requests broke the contract; first: "
                    + FAILURES.get(0));
        }
        if (SENT.get() < TRIES) {
            throw new AssertionError("Only " + SENT.get() + " of " + TRIES + " requests were sent within " + BUDGET);
        }
    }

    private static void fail(Operation operation, String role, String target, String what) {
        synchronized (FAILURES) {
            FAILURES.add(operation.method() + " " + operation.service() + target + " as " + (role == null
                    ? "nobody" : role) + ": " + what);
        }
    }

    /** The path with each parameter filled: a real id or code when well-formed, else generated junk. */
    private static String path(Operation operation, boolean wellFormed, Case fuzz, Random random) {
        StringBuilder path = new StringBuilder();
        for (String part : operation.path().split("((?=\\{)|(?<=\\}))")) {
            if (!(part.startsWith("{") && part.endsWith("}"))) {
                path.append(part);
                continue;
            }
            String name = part.substring(1, part.length() - 1).toLowerCase();
            String value;
            if (operation.writes()) {
                // A write never names a real resource: it is refused whatever else it holds.
                value = name.contains("code") || name.contains("council") ? "S12999" + (100 + random.nextInt(899))
                        : UUID.randomUUID().toString();
                if (fuzz.variant() % 3 == 0) {
                    value = fuzz.junk();
                }
            } else if (wellFormed) {
                value = pick(known(name), random);
            } else {
                value = random.nextBoolean() ? fuzz.junk() : UUID.randomUUID().toString();
            }
            path.append(encode(value));
        }
        return path.toString();
    }

    private static List<String> known(String name) {
        if (name.contains("cycle")) {
            return KNOWN.get("cycle");
        }
        if (name.contains("quad")) {
            return KNOWN.get("quad");
        }
        if (name.contains("version") || name.equals("from") || name.equals("to")) {
            return KNOWN.get("version");
        }
        if (name.equals("id")) {
            return List.of(pick(KNOWN.get("framework"), new Random()), pick(KNOWN.get("cycle"), new Random()));
        }
        if (name.contains("question")) {
            return KNOWN.get("question");
        }
        if (name.contains("code") || name.contains("council")) {
            return KNOWN.get("code");
        }
        return List.of(UUID.randomUUID().toString(), "D1", "D1.1");
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** Query parameters as the document names them: plausible values when well-formed, junk otherwise. */
    private static Map<String, List<String>> query(Operation operation, boolean wellFormed, Case fuzz,
            Random random) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if (!"query".equals(parameter.path("in").asText()) || random.nextInt(3) == 0) {
                continue;
            }
            String name = parameter.path("name").asText();
            String value;
            if (wellFormed) {
                JsonNode schema = parameter.path("schema");
                if (schema.has("enum")) {
                    value = schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
                } else if (name.toLowerCase().contains("cycle")) {
                    value = pick(KNOWN.get("cycle"), random);
                } else if (name.toLowerCase().contains("council")) {
                    value = pick(KNOWN.get("code"), random);
                } else if (name.equals("format")) {
                    value = pick(List.of("csv", "xlsx", "pdf", "json"), random);
                } else if (name.equals("limit")) {
                    value = Integer.toString(1 + random.nextInt(50));
                } else if (name.equals("period")) {
                    value = "2020-21";
                } else {
                    value = pick(List.of("true", "false", "1"), random);
                }
            } else {
                value = fuzz.junk();
            }
            pairs.put(name, List.of(value));
        }
        if (!wellFormed && random.nextInt(4) == 0) {
            pairs.put("unknown", List.of(fuzz.junk()));
        }
        return pairs;
    }

    private static String encode(Map<String, List<String>> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A body the service must refuse, of one of a dozen kinds. */
    private static String body(Operation operation, Case fuzz, Random random) {
        String junk = JSON.valueToTree(fuzz.junk()).toString();
        return switch (fuzz.variant()) {
            case 0 -> null;
            case 1 -> "{\"name\":" + junk + ",\"name\":\"twice\"}";
            case 2 -> "{\"text\":" + junk + "} trailing";
            case 3 -> "{\"level\":4.9,\"code\":123,\"active\":\"yes\"}";
            case 4 -> "{\"text\":\"a\\u0000b\",\"name\":\"\\u0007\"}";
            case 5 -> "{\"unknownField\":" + junk + "}";
            case 6 -> "[" + junk + "]";
            case 7 -> fuzz.junk();
            case 8 -> "{\"x\":\"" + "y".repeat(1_100_000) + "\"}";
            default -> "{\"name\":" + junk + "}";
        };
    }

    /** What the run must not change: ADES's view of the councils, contacts, frameworks, cycles and quads. */
    private static Map<String, String> snapshot() throws Exception {
        Map<String, String> reads = new TreeMap<>();
        List<String> urls = new ArrayList<>(List.of(QuadsApi.AUTHORITY + "/councils",
                QuadsApi.AUTHORITY + "/councils/S12000047/contacts", QuadsApi.RUBRIC + "/frameworks",
                QuadsApi.RUBRIC + "/cycles"));
        for (String cycle : KNOWN.get("cycle")) {
            urls.add(QuadsApi.QUAD + "/cycles/" + cycle + "/quads");
            urls.add(QuadsApi.RUBRIC + "/cycles/" + cycle + "/evaluations/S12000047");
        }
        for (String url : urls) {
            reads.put(url, get("ades", url).body());
        }
        return reads;
    }

    private static HttpResponse<String> get(String role, String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (role != null) {
            request.header("Authorization", "Bearer " + API.token(role));
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
