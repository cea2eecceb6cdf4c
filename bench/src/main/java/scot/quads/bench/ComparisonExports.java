package scot.quads.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The quad comparison's exports as a member downloads them, on the benchmark's cycle after the rush (every member
 * submitted, so the whole comparison is revealed): quad-service's {@code GET /quads/{id}/comparison/export} as PDF
 * and as XLSX, {@code --exports} times each, one at a time, each time the next bench quad (so that no export is of a
 * comparison just exported). Each is checked to be the file it claims (a PDF begins {@code %PDF-}, an XLSX is a zip,
 * {@code PK}); its time is to the last byte. Then each council's self-evaluation from rubric-service's
 * {@code GET /cycles/{id}/evaluations/{code}/export}, PDF and XLSX, as the council, the next council each time. A
 * handful of downloads makes a maximum and a median, not a percentile.
 */
final class ComparisonExports {

    static final String PATH = "/quads/{quadId}/comparison/export";
    static final long LIMIT_MS = 2000;
    static final String EVALUATION_PATH = "/cycles/{cycleId}/evaluations/{councilCode}/export";
    /** Issue 30: a committee's download of a self-evaluation in half a second. */
    static final long EVALUATION_LIMIT_MS = 500;

    private final Api api;
    private final BenchCycle cycle;
    private final Settings settings;

    ComparisonExports(Api api, BenchCycle cycle, Settings settings) {
        this.api = api;
        this.cycle = cycle;
        this.settings = settings;
    }

    /** Whether the body is a file of the format: a PDF's header, or a zip's (an XLSX is one). */
    static boolean looksLike(String format, byte[] body) {
        String magic = "pdf".equals(format) ? "%PDF-" : "PK";
        if (body == null || body.length < magic.length()) {
            return false;
        }
        return new String(body, 0, magic.length(), StandardCharsets.ISO_8859_1).equals(magic);
    }

    Scenario run() {
        Scenario scenario = new Scenario("comparison-exports", "Comparison exports of a " + cycle.questions.size()
                + "-question quad, and self-evaluation exports");
        if (!ComparisonReads.published(api, PATH)) {
            return scenario.notMeasured("endpoint missing (" + PATH + " is not in quad-service's OpenAPI document)");
        }
        List<Map.Entry<String, List<String>>> quads = new ArrayList<>(cycle.quads.entrySet());
        List<String> councils = new ArrayList<>(cycle.councils.keySet());
        ObjectNode sizes = scenario.extra.putObject("bytes");
        ObjectNode times = scenario.extra.putObject("timesMs");
        int[] turn = { 0 };
        for (String format : List.of("pdf", "xlsx")) {
            downloads(scenario, sizes, times, format, "", "GET " + PATH + "?format=" + format + " as a member",
                    LIMIT_MS, i -> {
                        Map.Entry<String, List<String>> quad = quads.get(turn[0]++ % quads.size());
                        String member = cycle.councils.get(quad.getValue().get(i % quad.getValue().size()));
                        return Map.entry(member, Api.QUAD + "/quads/" + quad.getKey()
                                + "/comparison/export?format=" + format);
                    });
        }
        for (String format : List.of("pdf", "xlsx")) {
            downloads(scenario, sizes, times, format, "Self-evaluation ", "GET " + EVALUATION_PATH + "?format="
                    + format + " as the council", EVALUATION_LIMIT_MS, i -> {
                        String council = councils.get(turn[0]++ % councils.size());
                        return Map.entry(cycle.councils.get(council), Api.RUBRIC + "/cycles/" + cycle.cycleId
                                + "/evaluations/" + council + "/export?format=" + format);
                    });
        }
        api.close();
        scenario.errorsTarget("errors");
        scenario.note(settings.exports() + " downloads of each, one at a time: a comparison of each of the next of "
                + "the " + quads.size() + " bench quads in turn (as a member), a self-evaluation of each of the next of "
                + "the " + councils.size() + " councils (as the council); the target is on the slowest, the table's "
                + "p50 is their median. The self-evaluations have " + cycle.questions.size() + " questions, more than "
                + "the 58 of the ≤ " + EVALUATION_LIMIT_MS + " ms target. With the warm-up (the default), the services "
                + "have exported before.");
        return scenario;
    }

    /** {@code settings.exports()} downloads, one at a time, of the user and URL {@code next} gives for each turn. */
    private void downloads(Scenario scenario, ObjectNode sizes, ObjectNode times, String format, String prefix,
            String what, long limit, IntFunction<Map.Entry<String, String>> next) {
        String upper = format.toUpperCase(java.util.Locale.ROOT);
        Series series = scenario.series(prefix + upper + " export", what + ", to the last byte");
        series.startingAt(System.nanoTime());
        List<Integer> bytes = new ArrayList<>();
        ArrayNode inOrder = times.putArray(series.name);
        for (int i = 0; i < settings.exports(); i++) {
            Map.Entry<String, String> download = next.apply(i);
            String user = download.getKey();
            try {
                Api.Download file = api.download(user, download.getValue());
                if (file.status() != 200) {
                    series.error(user + " " + format + ": HTTP " + file.status() + " "
                            + new String(file.body(), StandardCharsets.UTF_8));
                } else if (!looksLike(format, file.body())) {
                    series.error(user + " " + format + ": not a " + upper + " (" + file.contentType() + ", "
                            + file.body().length + " bytes)");
                } else {
                    series.record(file.nanos());
                    bytes.add(file.body().length);
                    inOrder.add(Series.round(file.nanos() / 1e6));
                }
            } catch (RuntimeException e) {
                series.error(user + " " + format + ": " + e.getMessage());
            }
        }
        bytes.forEach(sizes.putArray(prefix.isEmpty() ? format : prefix.strip().toLowerCase(java.util.Locale.ROOT)
                + "-" + format)::add);
        scenario.target(prefix + upper + " export, slowest of " + settings.exports(), "≤ " + limit + " ms", limit,
                series, 100);
    }
}
