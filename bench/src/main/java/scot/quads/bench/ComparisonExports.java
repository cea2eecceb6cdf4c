package scot.quads.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quad comparison's exports as a member downloads them, on the benchmark's cycle after the rush (every member
 * submitted, so the whole comparison is revealed): quad-service's {@code GET /quads/{id}/comparison/export} as PDF
 * and as XLSX, {@code --exports} times each, one at a time, each time the next bench quad (so that no export is of a
 * comparison just exported). Each is checked to be the file it claims (a PDF begins {@code %PDF-}, an XLSX is a zip,
 * {@code PK}); its time is to the last byte. A handful of downloads makes a maximum and a median, not a percentile.
 */
final class ComparisonExports {

    static final String PATH = "/quads/{quadId}/comparison/export";
    static final long LIMIT_MS = 2000;

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
                + "-question quad");
        if (!ComparisonReads.published(api, PATH)) {
            return scenario.notMeasured("endpoint missing (" + PATH + " is not in quad-service's OpenAPI document)");
        }
        List<Map.Entry<String, List<String>>> quads = new ArrayList<>(cycle.quads.entrySet());
        ObjectNode sizes = scenario.extra.putObject("bytes");
        ObjectNode times = scenario.extra.putObject("timesMs");
        int turn = 0;
        for (String format : List.of("pdf", "xlsx")) {
            String upper = format.toUpperCase(java.util.Locale.ROOT);
            Series series = scenario.series(upper + " export", "GET " + PATH + "?format=" + format + " as a member, "
                    + "to the last byte");
            series.startingAt(System.nanoTime());
            List<Integer> bytes = new ArrayList<>();
            ArrayNode inOrder = times.putArray(series.name);
            for (int i = 0; i < settings.exports(); i++) {
                Map.Entry<String, List<String>> quad = quads.get(turn++ % quads.size());
                String member = cycle.councils.get(quad.getValue().get(i % quad.getValue().size()));
                String url = Api.QUAD + "/quads/" + quad.getKey() + "/comparison/export?format=" + format;
                try {
                    Api.Download file = api.download(member, url);
                    if (file.status() != 200) {
                        series.error(member + " " + format + ": HTTP " + file.status() + " "
                                + new String(file.body(), StandardCharsets.UTF_8));
                    } else if (!looksLike(format, file.body())) {
                        series.error(member + " " + format + ": not a " + upper + " (" + file.contentType() + ", "
                                + file.body().length + " bytes)");
                    } else {
                        series.record(file.nanos());
                        bytes.add(file.body().length);
                        inOrder.add(Series.round(file.nanos() / 1e6));
                    }
                } catch (RuntimeException e) {
                    series.error(member + " " + format + ": " + e.getMessage());
                }
            }
            bytes.forEach(sizes.putArray(format)::add);
            scenario.target(upper + " export, slowest of " + settings.exports(), "≤ " + LIMIT_MS + " ms", LIMIT_MS,
                    series, 100);
        }
        api.close();
        scenario.errorsTarget("errors");
        scenario.note(settings.exports() + " downloads of each, one at a time, each of the next of the "
                + quads.size() + " bench quads in turn (as a member): the target is on the slowest; the table's "
                + "p50 is their median. With the warm-up (the default), quad-service has exported before.");
        return scenario;
    }
}
