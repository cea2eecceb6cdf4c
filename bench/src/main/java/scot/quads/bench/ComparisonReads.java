package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Comparison reads at a steady request rate (open loop: each request is due at its slot and its latency counts from
 * then, so a stall shows up in the figures instead of slowing the load): the quad side by side, and the national
 * distribution and a council's trend where quad-service publishes them. A read whose endpoint is not in
 * quad-service's OpenAPI document is reported as not measured.
 */
final class ComparisonReads {

    static final String NATIONAL = "/cycles/{cycleId}/national";
    static final String TREND = "/councils/{code}/trend";

    private final Api api;
    private final BenchCycle cycle;
    private final Settings settings;

    ComparisonReads(Api api, BenchCycle cycle, Settings settings) {
        this.api = api;
        this.cycle = cycle;
        this.settings = settings;
    }

    /** Whether quad-service's OpenAPI document has this path (its GET). */
    static boolean published(Api api, String path) {
        return published(api, Api.QUAD, path);
    }

    /** Whether the service at {@code base} documents a GET of {@code path} in its OpenAPI document. */
    static boolean published(Api api, String base, String path) {
        Api.Reply reply = api.get(null, base + "/q/openapi?format=json");
        JsonNode paths = reply.body() == null ? null : reply.body().path("paths");
        return paths != null && paths.has(path) && paths.get(path).has("get");
    }

    Scenario run(Series floorEmpty) throws InterruptedException {
        Scenario scenario = new Scenario("comparison-reads", "Comparison reads at " + settings.readsPerSecond()
                + " requests/s");
        List<Map.Entry<String, List<String>>> quads = new ArrayList<>(cycle.quads.entrySet());
        List<String> codes = List.copyOf(cycle.councils.keySet());

        Series sideBySide = scenario.series("quad side-by-side", "GET /quads/{id}/comparison as a member");
        steady(sideBySide, i -> {
            Map.Entry<String, List<String>> quad = quads.get(i % quads.size());
            String member = quad.getValue().get(i / quads.size() % quad.getValue().size());
            return new String[] { cycle.councils.get(member), Api.QUAD + "/quads/" + quad.getKey() + "/comparison" };
        });
        scenario.target("side-by-side p99 at " + settings.readsPerSecond() + " requests/s", "≤ 20 ms", 20,
                sideBySide, 99);
        scenario.ratio(sideBySide, floorEmpty);

        if (published(api, NATIONAL)) {
            // As ADES: before the deadline a council is shown no counts, which would measure a cheaper answer.
            Series national = scenario.series("national distribution", "GET " + NATIONAL + "?council=CODE as ADES");
            steady(national, i -> {
                String code = codes.get(i % codes.size());
                return new String[] { Api.ADES,
                        Api.QUAD + "/cycles/" + cycle.cycleId + "/national?council=" + code };
            });
            scenario.ratio(national, floorEmpty);
        } else {
            scenario.note("national distribution: not measured: endpoint missing (" + NATIONAL
                    + " is not in quad-service's OpenAPI document)");
        }
        if (published(api, TREND)) {
            Series trend = scenario.series("trend", "GET " + TREND);
            steady(trend, i -> {
                String code = codes.get(i % codes.size());
                return new String[] { cycle.councils.get(code), Api.QUAD + "/councils/" + code + "/trend" };
            });
            scenario.ratio(trend, floorEmpty);
        } else {
            scenario.note("trend: not measured: endpoint missing (" + TREND + " is not in quad-service's OpenAPI "
                    + "document)");
        }
        scenario.errorsTarget("errors");
        return scenario;
    }

    private void steady(Series series, IntFunction<String[]> request) throws InterruptedException {
        steady(api, series, settings.readsPerSecond(), settings.readsSeconds(), request);
    }

    /** rate × seconds requests, the i-th due at i / rate seconds; {login, url} from the function. */
    static void steady(Api api, Series series, int rate, int seconds, IntFunction<String[]> request)
            throws InterruptedException {
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        ExecutorService workers = Executors.newFixedThreadPool(64);
        for (int i = 0; i < 4; i++) {
            String[] warm = request.apply(i);
            api.get(warm[0], warm[1]);
        }
        long origin = System.nanoTime();
        series.startingAt(origin);
        try {
            for (int i = 0; i < total; i++) {
                long due = origin + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String[] target = request.apply(i);
                workers.execute(() -> {
                    try {
                        Api.Reply reply = api.read(target[0], target[1]);
                        long end = System.nanoTime();
                        if (reply.status() == 200) {
                            series.record(end - due, end);
                        } else {
                            series.error("HTTP " + reply.status() + " " + reply.text());
                        }
                    } catch (RuntimeException e) {
                        series.error(e.getMessage());
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
