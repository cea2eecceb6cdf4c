package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import scot.quads.contract.Events;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;

/**
 * Whether a council's trend read stays flat as its history grows: two small sets of synthetic organisations, one
 * with a submission in each of 5 cycles and one in each of 50 ({@code --trend-cycles}), loaded as events the way the
 * scale scenario loads its own ({@link ScaleData}, {@link SyntheticEvents}; every cycle past its deadline, so every
 * submission is shown). The trend of the first set is read (as ADES, at a steady rate, then one at a time) before the
 * second is loaded, then the second's, then the first's again: the target is the second's p99 within 1.5× the
 * first's; the last read says whether the first's grew with data that is not its own. With the profiler on, the
 * second set's read is done once more under Java Flight Recorder, so that a miss can be explained from the profile.
 *
 * <p>Bounded for a 2-core machine: at 8 organisations and 200 questions, 440 submissions (88,000 answers) and 55
 * rubric versions. The organisations are registered inactive from the start (no quad, no reminder, no proposal;
 * no contacts, so nothing is mailed), ADES's mail for submissions is off while they load, and every cycle is
 * published closed at the end.
 */
final class TrendFlat {

    /** The name of the series of the trend read at so many cycles. */
    static String seriesName(int cycles) {
        return "trend @ " + cycles + " cycles";
    }

    private final Api api;
    private final Settings settings;
    private final Profiler profiler;

    /** With an enabled {@code profiler}, the many-cycle read is done once more under it, after the measured reads. */
    TrendFlat(Api api, Settings settings, Profiler profiler) {
        this.api = api;
        this.settings = settings;
        this.profiler = profiler;
    }

    Scenario run() throws Exception {
        int fewer = settings.trendCycles().get(0);
        int more = settings.trendCycles().get(1);
        int organisations = settings.trendOrganisations();
        Scenario scenario = new Scenario("trend-flat", "Trend read from " + fewer + " to " + more + " cycles");
        if (!ComparisonReads.published(api, ComparisonReads.TREND)) {
            return scenario.notMeasured("endpoint missing (" + ComparisonReads.TREND + " is not in quad-service's "
                    + "OpenAPI document)");
        }
        String run = ScaleScenario.runLabel();
        ScaleData few = new ScaleData(run + "t" + fewer, fewer, settings.scaleQuestions());
        ScaleData many = new ScaleData(run + "t" + more, more, settings.scaleQuestions());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ArrayNode load = scenario.extra.putArray("trendLoad");
        scenario.extra.put("organisationsPerSet", organisations).put("questions", settings.scaleQuestions())
                .put("readsPerSecond", settings.trendReadsPerSecond())
                .put("readsSeconds", settings.trendReadsSeconds())
                .put("codes", few.code(1) + " … (" + fewer + " cycles), " + many.code(1) + " … (" + more + " cycles)");
        Exception stopped = null;
        Series fewSeries = null;
        Series manySeries = null;
        try (SyntheticEvents events = new SyntheticEvents(settings)) {
            String previousMail = SyntheticEvents.muteAdesSubmissionMail(api);
            Thread restore = new Thread(() -> SyntheticEvents.restoreAdesSubmissionMail(api, previousMail),
                    "restore-ades-mail-trend");
            Runtime.getRuntime().addShutdownHook(restore);
            try {
                say("   loading " + organisations + " organisations with " + fewer + " cycles each ...");
                load.add(load(events, few, organisations, today));
                fewSeries = read(scenario, few, organisations, seriesName(fewer), true);
                say("   loading " + organisations + " organisations with " + more + " cycles each ...");
                load.add(load(events, many, organisations, today));
                manySeries = read(scenario, many, organisations, seriesName(more), true);
                read(scenario, few, organisations, seriesName(fewer) + ", again after the " + more + " were loaded",
                        false);
                if (profiler.enabled()) {
                    say("   reading " + seriesName(more) + " again under Java Flight Recorder (not measured) ...");
                    Scenario recorded = new Scenario(scenario.id, scenario.title);
                    profiler.start(scenario.id);
                    read(recorded, many, organisations, seriesName(more), false);
                    profiler.stop(recorded);
                    scenario.profiledBy(recorded);
                }
                scenario.extra.set("responses", Api.JSON.createArrayNode().add(shape(few)).add(shape(many)));
            } catch (Exception e) {
                stopped = e;
            } finally {
                events.closeCyclesAndRestore(List.of(few, many), today, api, previousMail, restore);
            }
        }
        // With either read missing, the target has no figure (and is not met).
        scenario.ratioTarget("trend p99 at " + more + " cycles over its p99 at " + fewer, 1.5,
                manySeries != null ? manySeries : new Series(seriesName(more), "not measured"),
                fewSeries != null ? fewSeries : new Series(seriesName(fewer), "not measured"));
        if (stopped != null) {
            stopped.printStackTrace();
            if (fewSeries == null) {
                return scenario.notMeasured("it failed: " + stopped);
            }
            scenario.note("not measured beyond what the table shows: it failed: " + stopped);
        }
        scenario.errorsTarget("errors");
        scenario.note("Two sets of " + organisations + " synthetic organisations (\"Bench org NNNN\"), one with a "
                + "submission of " + settings.scaleQuestions() + " answers in each of " + fewer + " past cycles, the "
                + "other in each of " + more + ", each cycle on a rubric version of its own linked by lineage to the "
                + "one before, loaded as events (source " + SyntheticEvents.SOURCE + "). GET /councils/{code}/trend "
                + "as ADES over the set's organisations at " + settings.trendReadsPerSecond() + "/s for "
                + settings.trendReadsSeconds() + " s, then " + settings.scaleAlone() + " one at a time; the "
                + fewer + "-cycle set before the " + more + "-cycle one was loaded, and again after it.");
        return scenario;
    }

    /** One set: its rubric versions and cycles, its organisations (inactive), their submissions, all caught up. */
    private JsonNode load(SyntheticEvents events, ScaleData data, int organisations, LocalDate today)
            throws Exception {
        long start = System.nanoTime();
        for (int c = 1; c <= data.cycles; c++) {
            events.send(Events.RUBRIC_VERSION_PUBLISHED, data.versionId(c).toString(), data.version(c));
            events.send(Events.CYCLE_CHANGED, data.cycleId(c).toString(), data.cycle(c, false, today));
        }
        for (int n = 1; n <= organisations; n++) {
            events.send(Events.COUNCIL_REGISTERED, data.code(n), data.council(n, false));
        }
        events.flush();
        events.caughtUp();
        for (int c = 1; c <= data.cycles; c++) {
            for (int n = 1; n <= organisations; n++) {
                SelfEvaluationSubmittedV1 submission = data.submission(c, n, today);
                events.send(Events.SELF_EVALUATION_SUBMITTED, submission.evaluationId().toString(), submission,
                        submission.submittedAt());
            }
        }
        events.flush();
        events.caughtUp();
        for (int c : new int[] { 1, data.cycles }) {
            String url = Api.QUAD + "/cycles/" + data.cycleId(c) + "/national";
            long deadline = System.nanoTime() + SyntheticEvents.STALL.toNanos();
            while (true) {
                Api.Reply reply = api.get(Api.ADES, url);
                if (reply.status() == 200 && reply.body().path("councilsSubmitted").asInt() >= organisations) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("quad-service did not count " + organisations + " submissions in "
                            + data.cycleName(c) + " within " + SyntheticEvents.STALL.toMinutes() + " min");
                }
                TimeUnit.SECONDS.sleep(1);
            }
        }
        double seconds = Series.round((System.nanoTime() - start) / 1e9, 1);
        say("   " + organisations * data.cycles + " submissions read by every consumer after " + seconds + " s");
        return Api.JSON.createObjectNode().put("cycles", data.cycles).put("organisations", organisations)
                .put("submissions", organisations * data.cycles)
                .put("answers", (long) organisations * data.cycles * data.questions).put("seconds", seconds);
    }

    /** The set's trend at the steady rate, then (if {@code alone}) one request at a time. */
    private Series read(Scenario scenario, ScaleData data, int organisations, String name, boolean alone)
            throws InterruptedException {
        say("   reading " + name + " ...");
        Series steady = scenario.series(name, "GET /councils/{code}/trend as ADES at " + settings.trendReadsPerSecond()
                + "/s, " + organisations + " organisations with " + data.cycles + " cycles each");
        ComparisonReads.steady(api, steady, settings.trendReadsPerSecond(), settings.trendReadsSeconds(),
                i -> new String[] { Api.ADES, url(data, i, organisations) });
        if (!alone || settings.scaleAlone() == 0) {
            return steady;
        }
        Series one = scenario.series(name.replace(" @ ", ", one at a time @ "), "the same, one request at a time");
        one.startingAt(System.nanoTime());
        for (int i = 0; i < settings.scaleAlone(); i++) {
            try {
                Api.Reply reply = api.read(Api.ADES, url(data, i, organisations));
                if (reply.status() == 200) {
                    one.record(reply.nanos());
                } else {
                    one.error("HTTP " + reply.status() + " " + reply.text());
                }
            } catch (RuntimeException e) {
                one.error(e.getMessage());
            }
        }
        return steady;
    }

    private static String url(ScaleData data, int i, int organisations) {
        return Api.QUAD + "/councils/" + data.code(1 + ScaleScenario.spread(i, organisations)) + "/trend";
    }

    /** What a set's trend answered: its cycles and questions, and its size, for the reader of the result. */
    private JsonNode shape(ScaleData data) {
        Api.Reply reply = api.get(Api.ADES, Api.QUAD + "/councils/" + data.code(1) + "/trend");
        return Api.JSON.createObjectNode().put("cycles", data.cycles).put("status", reply.status())
                .put("cyclesInTheResponse", reply.body() == null ? -1 : reply.body().path("cycles").size())
                .put("questionsInTheResponse", reply.body() == null ? -1 : reply.body().path("questions").size())
                .put("bytes", reply.text() == null ? 0 : reply.text().length());
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
