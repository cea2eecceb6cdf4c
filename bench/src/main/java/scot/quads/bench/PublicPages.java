package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The public findings reports as visitors read them, without signing in (issue #26): the portal's list of published
 * reports ({@code /reports}), one report's page ({@code /reports/{id}}) and its PDF ({@code /reports/{id}/pdf}),
 * {@value #RATE} requests/s in all, in turn, open loop (each request due at its slot, its latency counted from then)
 * for {@code --reads-seconds}. Every request is a first visit (no If-None-Match): the figures are the portal's and
 * quad-service's own work, not a cache's. The report read is the newest published one; when none is published yet,
 * the first bench quad's first member's report is started, agreed by its editor and ADES, and published by ADES.
 * Target: each p95 ≤ {@value #LIMIT_MS} ms.
 */
final class PublicPages {

    static final int RATE = 50;
    static final long LIMIT_MS = 100;
    static final String LIST = "/public/findings";

    private final Api api;
    private final BenchCycle cycle;
    private final Settings settings;

    PublicPages(Api api, BenchCycle cycle, Settings settings) {
        this.api = api;
        this.cycle = cycle;
        this.settings = settings;
    }

    Scenario run() throws InterruptedException {
        Scenario scenario = new Scenario("public-pages", "Public findings reports at " + RATE + " requests/s, without"
                + " signing in");
        if (!ComparisonReads.published(api, LIST)) {
            return scenario.notMeasured("endpoint missing (" + LIST + " is not in quad-service's OpenAPI document)");
        }
        String reportId = newestPublished();
        if (reportId == null) {
            reportId = publishOne(scenario);
        }
        String portal = settings.portal();
        List<String> paths = List.of("/reports", "/reports/" + reportId, "/reports/" + reportId + "/pdf");
        List<Series> series = List.of(
                scenario.series("reports list", "GET /reports (portal), no sign-in"),
                scenario.series("report page", "GET /reports/{id} (portal), no sign-in"),
                scenario.series("report PDF", "GET /reports/{id}/pdf (portal), no sign-in"));
        steady(portal, paths, series, settings.readsSeconds());
        for (Series s : series) {
            scenario.target(s.name + " p95 at " + RATE + " requests/s in all", "≤ " + LIMIT_MS + " ms", LIMIT_MS, s,
                    95);
        }
        scenario.errorsTarget("errors");
        scenario.extra.put("reportId", reportId);
        return scenario;
    }

    /** The newest published report's id, from quad-service's public list; null when there is none. */
    private String newestPublished() {
        Api.Reply reply = api.get(null, Api.QUAD + LIST);
        JsonNode list = reply.body();
        return reply.status() == 200 && list != null && list.isArray() && !list.isEmpty()
                ? list.get(0).path("id").asText(null) : null;
    }

    /** Starts, agrees and publishes the first bench quad's first member's report; its id. */
    private String publishOne(Scenario scenario) {
        Map.Entry<String, List<String>> quad = cycle.quads.entrySet().iterator().next();
        String code = quad.getValue().get(0);
        String editor = cycle.councils.get(code);
        String path = Api.QUAD + "/quads/" + quad.getKey() + "/findings/" + code;
        Api.Reply started = api.step(editor, path, null);
        if (started.status() != 201) {
            started = api.get(editor, path).expect(200, "reading " + code + "'s findings report");
        }
        Api.Reply agreed = api.step(editor, path + "/agreement", version(started))
                .expect(200, "the council agreeing its report");
        Api.Reply both = api.step(Api.ADES, path + "/agreement", version(agreed)).expect(200, "ADES agreeing it");
        Api.Reply published = api.step(Api.ADES, path + "/publication", version(both)).expect(200, "publishing it");
        scenario.note("published " + code + "'s findings report for the bench cycle to read it");
        return published.body().path("id").asText();
    }

    /** The report's version as an If-Match value: its ETag, else the version in its body. */
    private static String version(Api.Reply reply) {
        return reply.etag() != null ? reply.etag() : "\"" + reply.body().path("version").asInt() + "\"";
    }

    /** RATE × seconds requests, the i-th due at i / RATE seconds, to paths[i % 3], recorded in series[i % 3]. */
    private void steady(String portal, List<String> paths, List<Series> series, int seconds)
            throws InterruptedException {
        int total = RATE * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        ExecutorService workers = Executors.newFixedThreadPool(32);
        for (String path : paths) {
            api.visit(portal + path);
        }
        long origin = System.nanoTime();
        series.forEach(s -> s.startingAt(origin));
        try {
            for (int i = 0; i < total; i++) {
                long due = origin + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String url = portal + paths.get(i % paths.size());
                Series into = series.get(i % series.size());
                workers.execute(() -> {
                    try {
                        Api.Reply reply = api.visit(url);
                        long end = System.nanoTime();
                        if (reply.status() == 200) {
                            into.record(end - due, end);
                        } else {
                            into.error("HTTP " + reply.status() + " " + reply.text());
                        }
                    } catch (RuntimeException e) {
                        into.error(e.getMessage());
                    }
                });
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(2, TimeUnit.MINUTES);
            api.close();
        }
    }
}
