package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The benchmark of issues #9 and #22 against the running local stack (./quads up): the floor, the deadline rush,
 * end-to-end event latency, comparison reads, the portal's pages, the comparison's exports, scale, the trend from few
 * to many cycles and the footprint (with --scale the scale scenario alone), written to
 * bench/results/&lt;timestamp&gt;.json and .html. Loopback only; every loop is bounded in count and time. Run it
 * with bench/run (see docs/benchmark.md).
 *
 * <p>{@code Bench --report results/x.json} draws the HTML of an existing result again.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "--report".equals(args[0])) {
            Path json = Path.of(args[1]);
            Path html = Path.of(json.toString().replaceFirst("\\.json$", "") + ".html");
            Files.writeString(html, Report.html(Api.JSON.readTree(json.toFile())));
            System.out.println("Wrote " + html);
            return;
        }
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(settings));
    }

    static int run(Settings settings) throws Exception {
        Api api = new Api(settings.keycloak());
        Footprint footprint = new Footprint(settings);
        // The machine's load is read before anything of the run's own (a cold start keeps both cores busy for
        // half a minute, which says nothing about other work on the machine).
        String loadBefore = loadAverage();
        ObjectNode cold = null;
        if (settings.coldStart()) {
            say("Cold start: ./quads down, then ./quads up, watching each service start ...");
            cold = footprint.coldStart(api);
            say("Each service stopped and started again on its own ...");
            try {
                cold.set("alone", footprint.aloneStarts(api, settings.profile() && Profiler.available()
                        ? settings.quadsHome().resolve("bench-profiles").resolve("start-" + stamp(Instant.now()))
                        : null));
            } catch (Exception e) {
                cold.put("aloneFailed", e.toString());
                System.err.println("Starting each service on its own failed: " + e);
            }
            cold.path("alone").forEach(s -> say("   " + s.path("name").asText() + ": ready after "
                    + s.path("processStartToReadySeconds").asText("–") + " s, first request served after "
                    + s.path("processStartToFirstServedRequestSeconds").asText("–") + " s"));
            say("   ./quads up took " + cold.path("quadsUpSeconds").asText() + " s (exit "
                    + cold.path("quadsUpExit").asText() + "), all services ready after "
                    + cold.path("allServicesReadySeconds").asText() + " s");
        }
        for (String service : Footprint.SERVICES) {
            try {
                api.get(null, Footprint.PORTS.get(service) + "/q/health/ready").expect(200, service + " ready");
            } catch (RuntimeException e) {
                System.err.println("The stack is not up (" + e.getMessage() + "): run ./quads up first.");
                return 2;
            }
        }
        Instant started = Instant.now();
        ObjectNode result = Api.JSON.createObjectNode();
        result.put("startedAt", started.toString());
        result.put("commit", commit(settings.root()));
        result.set("settings", settings.toJson());
        ObjectNode machine = machine(loadBefore);
        result.set("machine", machine);
        say("Quads benchmark, " + machine.path("cpus").asInt() + " CPUs, load average "
                + machine.path("loadAverageStart").asText() + (machine.path("noisy").asBoolean() ? " (NOISY)" : ""));

        boolean scaleOnly = Settings.SCALE_ONLY.equals(settings.scale());
        if (!scaleOnly) {
            if (cold != null) {
                say("Waiting " + Footprint.SETTLE_SECONDS + " s for the services just started to settle ...");
                Thread.sleep(Footprint.SETTLE_SECONDS * 1000L);
            }
            footprint.measureIdle();
            if (settings.warmUp()) {
                warmUp(api, settings.forWarmUp());
            }
            footprint.startSampling();
        }
        Profiler profiler = new Profiler(settings, footprint, stamp(started));
        ArrayNode scenarios = result.putArray("scenarios");
        BenchCycle[] opened = new BenchCycle[1];
        try {
            if (scaleOnly) {
                Scenario scale = scale(api, settings);
                scenarios.add(scale.toJson());
                print(scale);
            } else {
                full(api, settings, profiler.enabled() ? profiler.off("recorded in the profiled pass that follows "
                        + "the measured one") : profiler, result, started, scenarios, opened);
                Scenario trend = trend(api, settings, profiler);
                scenarios.add(trend.toJson());
                print(trend);
                writePartial(result, settings, started);
            }
        } finally {
            footprint.stopSampling();
            if (opened[0] != null) {
                say("Closing the benchmark's cycle " + opened[0].name + " ...");
                try {
                    opened[0].close(api);
                } catch (RuntimeException e) {
                    System.err.println("Could not close the benchmark's cycle " + opened[0].name + ": " + e.getMessage());
                }
            }
        }
        api.close();
        if (!scaleOnly) {
            say("Waiting " + Footprint.SETTLE_SECONDS + " s for the services to settle after the load ...");
            footprint.measureIdleAfterLoad();
            result.set("footprint", footprint.toJson(cold));
            if (profiler.enabled()) {
                writePartial(result, settings, started);
                profiledPass(api, settings, profiler, scenarios, started);
            }
        }
        machine.put("loadAverageEnd", loadAverage());
        result.put("finishedAt", Instant.now().toString());

        Path json = write(result, settings, started, false);
        if (!scaleOnly) {
            printFootprint(result.path("footprint"));
        }
        say("Wrote " + settings.root().relativize(json) + " and its .html");
        return 0;
    }

    /** The scale scenario, or why it was not measured. */
    private static Scenario scale(Api api, Settings settings) {
        say("Scale: " + settings.scaleSizes() + " organisations × " + settings.scaleQuestions() + " questions × "
                + settings.scaleCycles() + " cycles, loaded as events ...");
        try {
            return new ScaleScenario(api, settings).run();
        } catch (Exception e) {
            return failed("scale", "Scale", e);
        }
    }

    /**
     * The run's scenarios on fewer questions ({@link Settings#forWarmUp}), not written anywhere: every service's
     * code paths run (and are compiled by the JIT) at the rush's own concurrency before the measured run, whose
     * figures are then those of a stack that has been serving, not of its first minutes. Its own cycle is closed
     * at its end.
     */
    private static void warmUp(Api api, Settings warm) throws Exception {
        say("Warm-up (not measured): " + warm.editors() + " editors, " + warm.questions() + " questions, "
                + warm.readsSeconds() + " s of reads, on a cycle of its own ...");
        BenchCycle[] opened = new BenchCycle[1];
        Profiler none = new Profiler(warm, new Footprint(warm), "warm-up");
        try {
            full(api, warm, none, null, Instant.now(), Api.JSON.createArrayNode(), opened);
        } finally {
            if (opened[0] != null) {
                opened[0].close(api);
            }
        }
        say("Warm-up done.");
    }

    /**
     * Every scenario but the footprint (each profiled by {@code profiler} unless it is off); the benchmark's own
     * cycle, once opened, goes in {@code opened}. With no {@code result} (the warm-up), nothing is written.
     */
    private static void full(Api api, Settings settings, Profiler profiler, ObjectNode result, Instant started,
            ArrayNode scenarios, BenchCycle[] opened) throws Exception {
        Floor floor = new Floor(settings, api);
        Series floorHttp = new Series("empty HTTP endpoint", "GET rubric-service /q/health/live, same editors "
                + "and think time");
        Series floorSave = new Series("JDBC autosave", "the autosave's rows by raw JDBC, pool of "
                + settings.floorConnections() + ", same editors and think time");
        Series floorSubmit = new Series("JDBC submit", "the submit's rows by raw JDBC (lock, read answers, mark, "
                + "outbox row, audit row)");
        Series floorKafka = new Series("Kafka round trip", "produce (acks=all) → consume, one at a time");
        int floorOps = settings.editors() * (settings.quick() ? 2 : 5);
        say("Floor: empty HTTP endpoint ...");
        guard(floorHttp, () -> floor.http(floorHttp, Api.RUBRIC, floorOps));
        say("Floor: raw JDBC ...");
        guard(floorSave, () -> floor.jdbc(floorSave, floorSubmit, floorOps, settings.questions()));
        say("Floor: Kafka round trip ...");
        guard(floorKafka, () -> floor.kafka(floorKafka));

        BenchCycle cycle = null;
        Scenario rush;
        try {
            say("Opening the benchmark's own cycle ...");
            cycle = BenchCycle.open(api, settings.framework(), settings.questions(), cycleLabel(started, ""));
            opened[0] = cycle;
            say("Deadline rush: " + settings.editors() + " editors on " + cycle.councils.size() + " councils, "
                    + cycle.questions.size() + " questions, " + settings.savesPerQuestion() + " saves each ...");
            profiler.start("deadline-rush");
            rush = new DeadlineRush(api, cycle, settings).run();
            profiler.stop(rush);
            rush.floor.addAll(List.of(floorSave, floorSubmit, floorHttp));
            rush.ratio(find(rush, "autosave"), floorSave);
            rush.ratio(find(rush, "autosave"), floorHttp);
            rush.ratio(find(rush, "submit"), floorSubmit);
            rush.ratioTarget("autosave p99 over the raw-JDBC floor's p99, same run", 3, find(rush, "autosave"),
                    floorSave);
        } catch (Exception e) {
            rush = failed("deadline-rush", "Deadline rush", e);
        }
        scenarios.add(rush.toJson());
        print(rush);
        writePartial(result, settings, started);

        Scenario events;
        Scenario reads;
        if (cycle == null) {
            events = new Scenario("event-latency", "End-to-end event latency")
                    .notMeasured("the benchmark cycle could not be opened");
            reads = new Scenario("comparison-reads", "Comparison reads")
                    .notMeasured("the benchmark cycle could not be opened");
        } else {
            try {
                say("End-to-end event latency: " + settings.e2eSubmissions() + " resubmissions ...");
                profiler.start("event-latency");
                events = new EventLatency(api, cycle, settings).run(rush.extra.path("submitted").asInt());
                profiler.stop(events);
                events.floor.add(floorKafka);
                if (events.measured()) {
                    events.ratio(find(events, "submit → partner notification"), floorKafka);
                    events.ratio(find(events, "submit → comparison"), floorKafka);
                }
            } catch (Exception e) {
                events = failed("event-latency", "End-to-end event latency", e);
            }
            try {
                say("Comparison reads at " + settings.readsPerSecond() + "/s for " + settings.readsSeconds()
                        + " s ...");
                profiler.start("comparison-reads");
                reads = new ComparisonReads(api, cycle, settings).run(floorHttp);
                profiler.stop(reads);
                reads.floor.add(floorHttp);
            } catch (Exception e) {
                reads = failed("comparison-reads", "Comparison reads", e);
            }
        }
        scenarios.add(events.toJson());
        print(events);
        scenarios.add(reads.toJson());
        print(reads);
        writePartial(result, settings, started);

        Scenario portal;
        if (!settings.portalPages()) {
            portal = new Scenario("portal-pages", "Portal pages").notMeasured("left out of this run (--no-portal)");
        } else if (cycle == null) {
            portal = new Scenario("portal-pages", "Portal pages").notMeasured("the benchmark cycle could not be opened");
        } else {
            try {
                say("Portal pages: " + settings.portalUsers() + " users signing in, then reading pages for "
                        + settings.portalSeconds() + " s ...");
                profiler.start("portal-pages");
                portal = new PortalPages(api, cycle, settings).run();
                profiler.stop(portal);
            } catch (Exception e) {
                portal = failed("portal-pages", "Portal pages", e);
            }
        }
        scenarios.add(portal.toJson());
        print(portal);
        Scenario publicPages;
        if (!settings.portalPages()) {
            publicPages = new Scenario("public-pages", "Public findings reports")
                    .notMeasured("left out of this run (--no-portal)");
        } else if (cycle == null) {
            publicPages = new Scenario("public-pages", "Public findings reports")
                    .notMeasured("the benchmark cycle could not be opened");
        } else {
            try {
                say("Public pages: the published reports' list, a report and its PDF at " + PublicPages.RATE
                        + "/s for " + settings.readsSeconds() + " s, without signing in ...");
                publicPages = new PublicPages(api, cycle, settings).run();
            } catch (Exception e) {
                publicPages = failed("public-pages", "Public findings reports", e);
            }
        }
        scenarios.add(publicPages.toJson());
        print(publicPages);
        Scenario exports;
        if (!settings.exportsIncluded()) {
            exports = new Scenario("comparison-exports", "Comparison exports")
                    .notMeasured("left out of this run (--no-exports)");
        } else if (cycle == null) {
            exports = new Scenario("comparison-exports", "Comparison exports")
                    .notMeasured("the benchmark cycle could not be opened");
        } else {
            try {
                say("Exports: " + settings.exports() + " PDFs and " + settings.exports() + " XLSXs of comparisons and of "
                        + "self-evaluations ...");
                profiler.start("comparison-exports");
                exports = new ComparisonExports(api, cycle, settings).run();
                profiler.stop(exports);
            } catch (Exception e) {
                exports = failed("comparison-exports", "Comparison exports", e);
            }
        }
        scenarios.add(exports.toJson());
        print(exports);
        Scenario evidence;
        if (!settings.evidence()) {
            evidence = new Scenario("evidence-transfer", "Evidence transfer")
                    .notMeasured("left out of this run (--no-evidence)");
        } else if (cycle == null) {
            evidence = new Scenario("evidence-transfer", "Evidence transfer")
                    .notMeasured("the benchmark cycle could not be opened");
        } else {
            try {
                say("Evidence: a 20 MB file uploaded and downloaded ...");
                profiler.start("evidence-transfer");
                evidence = new EvidenceTransfer(api, cycle, settings).run();
                profiler.stop(evidence);
            } catch (Exception e) {
                evidence = failed("evidence-transfer", "Evidence transfer", e);
            }
        }
        scenarios.add(evidence.toJson());
        print(evidence);
        writePartial(result, settings, started);

        Scenario scale = Settings.SCALE_SKIPPED.equals(settings.scale())
                ? new Scenario("scale", "Scale").notMeasured("left out of this run (--no-scale)")
                : scale(api, settings);
        scenarios.add(scale.toJson());
        print(scale);
        writePartial(result, settings, started);
    }

    /**
     * The trend from few to many cycles, measured with no recorder attached, then (with {@code profiler} on) its
     * many-cycle read once more under it.
     */
    private static Scenario trend(Api api, Settings settings, Profiler profiler) {
        if (!settings.trend()) {
            return new Scenario("trend-flat", "Trend read").notMeasured("left out of this run (--no-trend)");
        }
        try {
            say("Trend: " + settings.trendOrganisations() + " organisations at " + settings.trendCycles().get(0)
                    + " and at " + settings.trendCycles().get(1) + " cycles, loaded as events ...");
            return new TrendFlat(api, settings, profiler).run();
        } catch (Exception e) {
            return failed("trend-flat", "Trend read", e);
        }
    }

    /**
     * The rush, the event latency, the reads, the portal's pages and the exports again, on a cycle of their own, with
     * every service (and the portal) under Java Flight Recorder: the profiles that explain the measured figures, taken apart from them since recording slows the
     * services. Each profile goes into its measured scenario, with this pass's own latencies beside it.
     */
    private static void profiledPass(Api api, Settings settings, Profiler profiler, ArrayNode scenarios,
            Instant started) {
        say("Profiled pass (not measured): the rush, the event latency, the reads, the portal's pages and the "
                + "exports again, under Java Flight Recorder ...");
        BenchCycle cycle = null;
        String stage = "deadline-rush";
        try {
            cycle = BenchCycle.open(api, settings.framework(), settings.questions(), cycleLabel(started, "p"));
            profiler.start(stage);
            Scenario rush = new DeadlineRush(api, cycle, settings).run();
            profiler.stop(rush);
            attach(scenarios, rush);
            stage = "event-latency";
            profiler.start(stage);
            Scenario events = new EventLatency(api, cycle, settings).run(rush.extra.path("submitted").asInt());
            profiler.stop(events);
            attach(scenarios, events);
            stage = "comparison-reads";
            profiler.start(stage);
            Scenario reads = new ComparisonReads(api, cycle, settings).run(new Series("none", "no floor"));
            profiler.stop(reads);
            attach(scenarios, reads);
            if (settings.portalPages()) {
                stage = "portal-pages";
                profiler.start(stage);
                Scenario portal = new PortalPages(api, cycle, settings).run();
                profiler.stop(portal);
                attach(scenarios, portal);
            }
            if (settings.exportsIncluded()) {
                stage = "comparison-exports";
                profiler.start(stage);
                Scenario exports = new ComparisonExports(api, cycle, settings).run();
                profiler.stop(exports);
                attach(scenarios, exports);
            }
        } catch (Exception e) {
            System.err.println("The profiled pass failed at " + stage + ": " + e);
            for (String id : List.of("deadline-rush", "event-latency", "comparison-reads", "portal-pages",
                    "comparison-exports")) {
                ObjectNode details = details(scenarios, id);
                if (details != null && !details.path("profiledPass").has("series")) {
                    details.putObject("profiles").put("notTaken", "the profiled pass failed at " + stage + ": " + e);
                }
            }
        } finally {
            if (cycle != null) {
                try {
                    cycle.close(api);
                } catch (RuntimeException e) {
                    System.err.println("Could not close the profiled pass's cycle " + cycle.name + ": "
                            + e.getMessage());
                }
            }
        }
    }

    /** The profiled pass's profiles and latencies, into the measured scenario of the same id. */
    private static void attach(ArrayNode scenarios, Scenario profiled) {
        ObjectNode details = details(scenarios, profiled.id);
        if (details == null) {
            return;
        }
        details.set("profiles", profiled.extra.path("profiles"));
        ArrayNode series = details.putObject("profiledPass").putArray("series");
        for (Series s : profiled.series) {
            series.addObject().put("name", s.name).put("count", s.count()).put("errors", s.errors())
                    .put("p50Ms", Series.round(s.percentileMs(50))).put("p99Ms", Series.round(s.percentileMs(99)))
                    .put("maxMs", Series.round(s.maxMs()));
            say(String.format(java.util.Locale.ROOT, "   under the profiler: %-28s n=%-6d p50=%8.2f p99=%8.2f ms",
                    s.name, s.count(), s.percentileMs(50), s.percentileMs(99)));
        }
    }

    private static ObjectNode details(ArrayNode scenarios, String id) {
        for (JsonNode scenario : scenarios) {
            if (id.equals(scenario.path("id").asText())) {
                ObjectNode json = (ObjectNode) scenario;
                return json.has("details") ? (ObjectNode) json.get("details") : json.putObject("details");
            }
        }
        return null;
    }

    /** A benchmark cycle's label: the run's start, {@code pass} (empty for the measured one) and a random part. */
    private static String cycleLabel(Instant started, String pass) {
        return DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started) + "-" + pass
                + BenchCycle.label();
    }

    private static void writePartial(ObjectNode result, Settings settings, Instant started) throws IOException {
        if (result != null) {
            write(result, settings, started, true);
        }
    }

    static String stamp(Instant started) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC).format(started);
    }

    /** The result so far as JSON and HTML; a partial one (after each scenario) says so, in case the run is cut short. */
    private static Path write(ObjectNode result, Settings settings, Instant started, boolean partial)
            throws IOException {
        result.put("partial", partial);
        Files.createDirectories(settings.results());
        String stamp = stamp(started);
        Path json = settings.results().resolve(stamp + ".json");
        Files.writeString(json, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
        Files.writeString(settings.results().resolve(stamp + ".html"), Report.html(result));
        return json;
    }

    /** Work that may fail: its failure is recorded as an error of the series, and the run goes on. */
    private interface Work {
        void run() throws Exception;
    }

    private static void guard(Series series, Work work) {
        try {
            work.run();
        } catch (Exception e) {
            series.error("failed: " + e);
            e.printStackTrace();
        }
    }

    private static Scenario failed(String id, String title, Exception e) {
        e.printStackTrace();
        return new Scenario(id, title).notMeasured("it failed: " + e);
    }

    private static Series find(Scenario scenario, String name) {
        return scenario.series.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    private static void print(Scenario scenario) {
        say("");
        say("== " + scenario.title);
        if (!scenario.measured()) {
            say("   not measured: " + scenario.notMeasuredReason());
            return;
        }
        for (Series s : scenario.series) {
            line(s, "");
        }
        for (Series s : scenario.floor) {
            line(s, "floor: ");
        }
        scenario.ratios.forEach((what, ratio) -> say("   ratio " + what + " = " + ratio + "×"));
        for (Scenario.Target t : scenario.targets) {
            say("   target " + t.what() + " " + t.target() + ": "
                    + (t.actual() == null ? "no data" : Report.number(t.actual()) + " " + t.unit())
                    + (t.met() ? "  met" : "  MISSED"));
        }
        scenario.notes.stream().filter(n -> n.contains("not measured")).forEach(n -> say("   " + n));
        for (JsonNode row : scenario.extra.path("growth")) {
            say(String.format(java.util.Locale.ROOT, "   growth %,7d organisations  %-22s p50=%8.2f p95=%8.2f p99=%8.2f ms"
                    + "  p99 × floor %s", row.path("organisations").asInt(), row.path("read").asText(),
                    row.path("p50Ms").asDouble(), row.path("p95Ms").asDouble(), row.path("p99Ms").asDouble(),
                    row.has("p99ToFloor") ? Report.number(row.path("p99ToFloor").asDouble()) : "–"));
        }
        for (JsonNode row : scenario.extra.path("load")) {
            say("   load to " + row.path("organisations").asInt() + " organisations: " + row.path("events").asInt()
                    + " events, every consumer caught up " + row.path("caughtUpSeconds").asText() + " s after "
                    + "the submissions were published, " + row.path("totalSeconds").asText() + " s in all");
        }
    }

    private static void line(Series s, String prefix) {
        say(String.format(java.util.Locale.ROOT,
                "   %-34s n=%-6d p50=%8.2f p95=%8.2f p99=%8.2f max=%8.2f ms  %7.1f/s  errors=%d 412s=%d",
                prefix + s.name, s.count(), s.percentileMs(50), s.percentileMs(95), s.percentileMs(99), s.maxMs(),
                s.throughput(), s.errors(), s.conflicts()));
    }

    private static void printFootprint(JsonNode footprint) {
        say("");
        say("== Footprint");
        for (JsonNode c : footprint.path("components")) {
            say(String.format(java.util.Locale.ROOT, "   %-22s RSS idle %7s MB, peak %7s MB, idle after load %7s MB "
                    + "(private %s / %s MB), started in %s s, process→ready %s s",
                    c.path("name").asText(), c.path("rssIdleMb").asText("–"), c.path("rssPeakUnderLoadMb").asText("–"),
                    c.path("rssIdleAfterLoadMb").asText("–"), c.path("privateIdleMb").asText("–"),
                    c.path("privateIdleAfterLoadMb").asText("–"), c.path("quarkusStartedInSeconds").asText("–"),
                    c.path("processStartToReadySeconds").asText("–")));
        }
        JsonNode cold = footprint.path("coldStart");
        if (cold.isMissingNode()) {
            say("   cold start: not measured (bench/run --cold-start)");
        } else {
            say("   cold start: ./quads up " + cold.path("quadsUpSeconds").asText() + " s, all services ready after "
                    + cold.path("allServicesReadySeconds").asText() + " s");
            for (JsonNode s : cold.path("services")) {
                say("     " + s.path("name").asText() + ": process→ready " + s.path("processStartToReadySeconds").asText("–")
                        + " s, process→first served request " + s.path("processStartToFirstServedRequestSeconds").asText("–") + " s");
            }
        }
        for (JsonNode t : footprint.path("targets")) {
            say("   target " + t.path("what").asText() + " " + t.path("target").asText() + ": "
                    + (t.path("actual").isNumber() ? Report.number(t.path("actual").asDouble()) + " "
                            + t.path("unit").asText() : "no data")
                    + (t.path("met").asBoolean() ? "  met" : "  MISSED"));
        }
    }

    static ObjectNode machine(String load) {
        ObjectNode machine = Api.JSON.createObjectNode();
        int cpus = Runtime.getRuntime().availableProcessors();
        machine.put("cpus", cpus);
        try {
            machine.put("host", InetAddress.getLocalHost().getHostName());
        } catch (IOException e) {
            machine.put("host", "unknown");
        }
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.version"));
        machine.put("memoryGb", memoryGb());
        machine.put("loadAverageStart", load);
        double oneMinute = parseFirst(load);
        boolean noisy = oneMinute > cpus * 0.5;
        machine.put("noisy", noisy);
        if (noisy) {
            machine.put("noisyReason", "the 1-minute load average was " + oneMinute + " on " + cpus
                    + " CPUs before the benchmark began: other work was running.");
        }
        return machine;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double parseFirst(String load) {
        try {
            return Double.parseDouble(load.split(" ")[0]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String memoryGb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Report.number(Series.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1048576.0, 1));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return "unknown";
    }

    private static String commit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(root.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
