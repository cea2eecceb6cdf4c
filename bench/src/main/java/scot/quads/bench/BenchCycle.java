package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cycle of the benchmark's own, so a run never touches the demo data: ADES imports and publishes a framework of the
 * benchmark's own (the demo rubric's questions, repeated to the number the run asks for, under the code
 * {@value #FRAMEWORK_CODE}), opens a cycle named {@code bench-...} on it, and forms the 32 councils into eight quads
 * of four in code order. The run closes it when it ends, as SmokeIT closes its own.
 */
final class BenchCycle {

    final String cycleId;
    final String name;
    /** GSS code to demo login, in code order. */
    final Map<String, String> councils;
    final List<String> questions;
    /** Quad id to its members' codes. */
    final Map<String, List<String>> quads;
    /** The framework's indicators that hold questions, in its order (the portal's indicator pages). */
    final List<String> indicators;

    private BenchCycle(String cycleId, String name, Map<String, String> councils, List<String> questions,
            Map<String, List<String>> quads, List<String> indicators) {
        this.cycleId = cycleId;
        this.name = name;
        this.councils = councils;
        this.questions = questions;
        this.quads = quads;
        this.indicators = indicators;
    }

    static final String FRAMEWORK_CODE = "QUADS-BENCH";

    static BenchCycle open(Api api, Path framework, int questions, String label) throws Exception {
        ObjectNode rubric = framework(Api.JSON.readTree(Files.readString(framework)), questions);
        JsonNode version = api.post(Api.ADES, Api.RUBRIC + "/frameworks/import", Api.JSON.writeValueAsString(rubric))
                .expect(201, "importing the benchmark's rubric").body();
        String versionId = version.get("id").asText();
        api.post(Api.ADES, Api.RUBRIC + "/versions/" + versionId + "/publish", null).expect(200, "publishing it");

        String name = "bench-" + label;
        JsonNode cycle = api.post(Api.ADES, Api.RUBRIC + "/cycles", Map.of(
                "name", name, "rubricVersionId", versionId,
                "opensOn", LocalDate.now().minusDays(1).toString(),
                "submissionDeadline", LocalDate.now().plusDays(30).toString(),
                "revealRule", "all-submitted-or-deadline")).expect(201, "opening the benchmark cycle").body();
        String cycleId = cycle.get("id").asText();
        try {
            return formQuads(api, cycleId, name, indicators(rubric));
        } catch (Exception | Error e) {
            close(api, cycleId, "Benchmark run failed while setting up its cycle");
            throw e;
        }
    }

    /**
     * The given framework (the demo rubric) with its own code, its questions taken in order and repeated until there
     * are {@code questions} of them; a repeat keeps its indicator and gets the code {@code <code>-r<n>}.
     */
    static ObjectNode framework(JsonNode demo, int questions) {
        ObjectNode bench = demo.deepCopy();
        bench.put("code", FRAMEWORK_CODE).put("title", "Benchmark framework (" + questions + " questions)")
                .put("versionLabel", "bench " + questions);
        List<ArrayNode> owners = new ArrayList<>();
        List<JsonNode> originals = new ArrayList<>();
        for (JsonNode theme : bench.path("themes")) {
            for (JsonNode indicator : theme.path("indicators")) {
                ArrayNode list = (ArrayNode) indicator.path("questions");
                for (JsonNode question : list) {
                    owners.add(list);
                    originals.add(question.deepCopy());
                }
                list.removeAll();
            }
        }
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("the framework has no questions to repeat");
        }
        for (int i = 0; i < questions; i++) {
            ObjectNode question = (ObjectNode) originals.get(i % originals.size()).deepCopy();
            int repeat = i / originals.size();
            if (repeat > 0) {
                question.put("code", question.path("code").asText() + "-r" + repeat);
                question.remove("lineage");
                question.remove("derivedFrom");
            }
            owners.get(i % originals.size()).add(question);
        }
        return bench;
    }

    /** The codes of a framework's indicators that hold at least one question, in its order. */
    static List<String> indicators(JsonNode framework) {
        List<String> codes = new ArrayList<>();
        for (JsonNode theme : framework.path("themes")) {
            for (JsonNode indicator : theme.path("indicators")) {
                if (indicator.path("questions").size() > 0) {
                    codes.add(indicator.path("code").asText());
                }
            }
        }
        return List.copyOf(codes);
    }

    private static BenchCycle formQuads(Api api, String cycleId, String name, List<String> indicators)
            throws Exception {
        Map<String, String> councils = new LinkedHashMap<>();
        List<JsonNode> listed = new ArrayList<>();
        api.get(Api.ADES, Api.AUTHORITY + "/councils").expect(200, "listing councils").body().forEach(listed::add);
        listed.stream().sorted((a, b) -> a.get("gssCode").asText().compareTo(b.get("gssCode").asText()))
                .forEach(c -> councils.put(c.get("gssCode").asText(), Api.loginOf(c.get("name").asText())));

        String quadsUrl = Api.QUAD + "/cycles/" + cycleId + "/quads";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (api.get(Api.ADES, quadsUrl).status() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("quad-service did not learn of cycle " + name + " within 60 s");
            }
            Thread.sleep(200);
        }
        Map<String, List<String>> quads = new LinkedHashMap<>();
        List<String> codes = List.copyOf(councils.keySet());
        for (int i = 0; i + 4 <= codes.size(); i += 4) {
            List<String> members = codes.subList(i, i + 4);
            JsonNode quad = api.post(Api.ADES, quadsUrl, Map.of("name", "Bench quad " + (i / 4 + 1), "members", members))
                    .expect(201, "forming bench quad " + (i / 4 + 1)).body();
            quads.put(quad.get("id").asText(), List.copyOf(members));
        }

        String first = codes.get(0);
        JsonNode evaluation = api.get(councils.get(first), Api.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + first)
                .expect(200, "reading an evaluation").body();
        List<String> questions = new ArrayList<>();
        evaluation.get("questions").forEach(q -> questions.add(q.get("code").asText()));
        return new BenchCycle(cycleId, name, councils, List.copyOf(questions), quads, indicators);
    }

    /** Closes the cycle, so that the portal, which shows open cycles, is left as the run found it. */
    void close(Api api) {
        close(api, cycleId, "Benchmark run finished");
    }

    private static void close(Api api, String cycleId, String reason) {
        String url = Api.RUBRIC + "/cycles/" + cycleId;
        Api.Reply current = api.get(Api.ADES, url).expect(200, "reading the benchmark cycle");
        if ("closed".equals(current.body().path("state").asText())) {
            return;
        }
        api.post(Api.ADES, url + "/state", current.etag(), Map.of("state", "closed", "reason", reason))
                .expect(200, "closing the benchmark cycle");
    }

    String evaluationUrl(String council) {
        return Api.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + council;
    }

    /** The quad a council is in, and its partners. */
    Map.Entry<String, List<String>> quadOf(String council) {
        return quads.entrySet().stream().filter(e -> e.getValue().contains(council)).findFirst()
                .orElseThrow(() -> new IllegalStateException(council + " is in no bench quad"));
    }

    static String label() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
