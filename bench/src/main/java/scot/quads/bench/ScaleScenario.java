package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    static final String SOURCE = SyntheticEvents.SOURCE;

    private final Api api;
    private final Settings settings;

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
        try (SyntheticEvents events = new SyntheticEvents(settings)) {
            String previousMail = SyntheticEvents.muteAdesSubmissionMail(api);
            // Ctrl-C during a load of many minutes must not leave ADES without mail for submissions.
            Thread restore = new Thread(() -> SyntheticEvents.restoreAdesSubmissionMail(api, previousMail),
                    "restore-ades-mail");
            Runtime.getRuntime().addShutdownHook(restore);
            try {
                long start = System.nanoTime();
                for (int c = 1; c <= data.cycles; c++) {
                    events.send(Events.RUBRIC_VERSION_PUBLISHED, data.versionId(c).toString(), data.version(c));
                    events.send(Events.CYCLE_CHANGED, data.cycleId(c).toString(), data.cycle(c, false, today));
                }
                events.flush();
                events.caughtUp();
                say("   " + data.cycles + " rubric versions and cycles known after " + seconds(start) + " s");

                Series floor = scenario.floor("empty endpoint (scale)", "GET quad-service /q/health/live at "
                        + settings.scaleReadsPerSecond() + "/s");
                ComparisonReads.steady(api, floor, settings.scaleReadsPerSecond(), settings.scaleReadsSeconds(),
                        i -> new String[] { null, Api.QUAD + "/q/health/live" });

                int loaded = 0;
                List<String> quadIds = new ArrayList<>();
                for (int size : sizes) {
                    say("   loading organisations " + (loaded + 1) + "-" + size + " ...");
                    load.add(load(events, data, loaded + 1, size, today, quadIds));
                    loaded = size;
                    measure(scenario, growth, floor, data, size, quadIds);
                }
            } catch (Exception e) {
                stopped = e;
            } finally {
                events.closeCyclesAndRestore(List.of(data), today, api, previousMail, restore);
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
    private JsonNode load(SyntheticEvents synthetic, ScaleData data, int from, int to,
            LocalDate today, List<String> quadIds) throws Exception {
        long start = System.nanoTime();
        int events = 0;
        int quadsFormed;
        for (int n = from; n <= to; n++) {
            synthetic.send(Events.COUNCIL_REGISTERED, data.code(n), data.council(n, true));
            events++;
        }
        synthetic.flush();
        // Active only while their quads are formed: the shortest window in which other work could see them.
        try {
            synthetic.caughtUp();
            quadsFormed = formQuads(data, from, to, quadIds);
        } finally {
            for (int n = from; n <= to; n++) {
                synthetic.send(Events.COUNCIL_UPDATED, data.code(n), data.council(n, false));
                events++;
            }
            synthetic.flush();
        }
        double registered = seconds(start);
        say("   " + (to - from + 1) + " organisations registered, " + quadsFormed + " quads formed, inactive again "
                + "after " + registered + " s");

        long submitting = System.nanoTime();
        for (int c = 1; c <= data.cycles; c++) {
            for (int n = from; n <= to; n++) {
                SelfEvaluationSubmittedV1 submission = data.submission(c, n, today);
                synthetic.send(Events.SELF_EVALUATION_SUBMITTED, submission.evaluationId().toString(), submission,
                        submission.submittedAt());
                events++;
            }
        }
        synthetic.flush();
        double published = seconds(submitting);
        synthetic.caughtUp();
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

    private interface Check {
        boolean done();
    }

    private static void poll(String what, Check check) throws InterruptedException {
        long deadline = System.nanoTime() + SyntheticEvents.STALL.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private static double seconds(long since) {
        return Series.round((System.nanoTime() - since) / 1e9, 1);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
