package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void theReportShowsFiguresTargetsPlotsAndWhatWasNotMeasured() {
        Scenario rush = new Scenario("deadline-rush", "Deadline rush <200 editors>");
        Series autosave = rush.series("autosave", "PUT");
        Series floor = rush.floor("JDBC autosave", "raw");
        long origin = System.nanoTime();
        autosave.startingAt(origin);
        floor.startingAt(origin);
        for (int i = 1; i <= 50; i++) {
            autosave.record(i * 2_000_000L, origin + i * 50_000_000L);
            floor.record(i * 100_000L, origin + i * 50_000_000L);
        }
        rush.ratio(autosave, floor);
        rush.target("autosave p99", "≤ 25 ms", 25, autosave.percentileMs(99), "ms");
        Scenario scale = new Scenario("scale", "Scale").notMeasured("endpoint missing");

        ObjectNode result = Api.JSON.createObjectNode();
        result.put("startedAt", "2026-11-22T14:00:00Z");
        result.putObject("machine").put("cpus", 2).put("noisy", true).put("noisyReason", "load 3.7 on 2 CPUs");
        result.putObject("settings").put("note", "");
        ArrayNode scenarios = result.putArray("scenarios");
        scenarios.add(rush.toJson());
        scenarios.add(scale.toJson());
        result.putObject("footprint").putArray("components").addObject().put("name", "rubric-service")
                .put("rssIdleMb", 180.5).put("privateIdleMb", 98.2).put("privateIdleAfterLoadMb", 120.4);

        String html = Report.html(result);

        assertThat(html).contains("Deadline rush &lt;200 editors&gt;");
        assertThat(html).contains("Noisy run:").contains("load 3.7 on 2 CPUs");
        assertThat(html).contains("MISSED");
        assertThat(html).contains("autosave / JDBC autosave p99 = <b>20");
        assertThat(html).contains("not measured: endpoint missing");
        assertThat(html).contains(">99.99</text>");
        assertThat(html).contains("<polyline").contains("Latency by percentile").contains("Throughput over time");
        assertThat(html).contains("<td>181</td>").contains("<td>98.2 / 120</td>").contains("Cold start: not measured");
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<script");
    }

    @Test
    void aServiceStartedAloneShowsItsTimeAgainstTheTargetAndWhereItWent() {
        ObjectNode result = withoutScenarios("2026-12-02T07:00:00Z");
        ObjectNode cold = result.putObject("footprint").put("note", "").putObject("coldStart");
        cold.put("quadsUpSeconds", 40.1).put("allServicesReadySeconds", 36.2).putArray("services");
        ObjectNode alone = cold.putArray("alone").addObject().put("name", "rubric-service")
                .put("processStartToReadySeconds", 4.4).put("processStartToFirstServedRequestSeconds", 4.9);
        ObjectNode profile = alone.putObject("startProfile").put("executionSamples", 120)
                .put("classesLoaded", 18470).put("jitCompilationMs", 2100)
                .put("recordedProcessStartToFirstServedRequestSeconds", 6.2)
                .put("recording", ".quads/bench-profiles/start-x/rubric-service-start.jfr");
        profile.putObject("gc").put("collections", 25).put("pauseTotalMs", 335).put("longestPauseMs", 37);
        profile.putArray("cpuByThread").addObject().put("threads", "main").put("share", 61);

        String html = Report.html(result);

        assertThat(html).contains("Each service started on its own").contains("ready ≤ 2.5 s from process start")
                .contains("<td>4.40</td>").contains("MISSED");
        assertThat(html).contains("Where a start's time goes").contains("<small>18470</small>")
                .contains("25, 335 ms, 37 ms").contains("main 61").contains("rubric-service 6.20 s");
    }

    @Test
    void aMissedFootprintTargetIsInTheTargetsTableAndExplainedFromTheFootprint() {
        // a result written before the footprint carried its targets: they come from its figures
        ObjectNode result = withoutScenarios("2026-12-05T00:58:44Z");
        ObjectNode footprint = result.putObject("footprint").put("note", "");
        footprint.putArray("components").addObject().put("name", "quad-service").put("pid", 12)
                .put("rssIdleMb", 240.0).put("privateIdleMb", 140.0).put("processStartToReadySeconds", 1.6);

        List<String> missed = Report.missed(result);

        assertThat(missed).singleElement().asString().contains("quad-service RSS idle ≤ 225 MB: 240 MB")
                .contains("1.07× the target").contains("140 MB are private").contains("100 MB are pages mapped");
        assertThat(Report.html(result)).contains("<td>footprint</td><td>quad-service RSS idle</td>")
                .contains("<td>footprint</td><td>quad-service ready from process start, its running process (log)"
                        + "</td><td>≤ 2.5 s</td><td>1.60 s</td><td class=\"met\">met");
    }

    @Test
    void anAutosaveOverThreeTimesItsFloorIsExplainedInMillisecondsOfTheSameRun() {
        Scenario rush = new Scenario("deadline-rush", "Deadline rush");
        Series autosave = rush.series("autosave", "PUT");
        Series floor = rush.floor("JDBC autosave", "raw");
        long origin = System.nanoTime();
        for (int i = 1; i <= 100; i++) {
            // autosave 4 ms with a 20 ms tail, floor 1 ms with a 5 ms tail: p99 within 25 ms but 4× the floor's
            autosave.record((i <= 98 ? 4 : 20) * 1_000_000L, origin + i * 10_000_000L);
            floor.record((i <= 98 ? 1 : 5) * 1_000_000L, origin + i * 10_000_000L);
        }
        rush.target("autosave p99 at 200 editors", "≤ 25 ms", 25, autosave, 99);
        rush.ratioTarget("autosave p99 over the raw-JDBC floor's p99, same run", 3, autosave, floor);
        ObjectNode result = Api.JSON.createObjectNode();
        result.putObject("machine");
        result.putArray("scenarios").add(rush.toJson());

        List<String> missed = Report.missed(result);

        assertThat(missed).singleElement().asString()
                .contains("autosave p99 over the raw-JDBC floor's p99, same run ≤ 3×: 4 ×")
                .contains("autosave p99 20.0 ms against JDBC autosave p99 5.00 ms in the same run")
                .contains("at most 15.0 ms")
                .contains("The median (4.00 ms) is within the limit; the tail is not");
        assertThat(Report.html(result)).contains("<td>≤ 3×</td><td>4 ×</td><td class=\"missed\">MISSED");
    }

    @Test
    void thePortalsPagesTheExportsAndTheTrendAreReportedAndExplainedLikeTheOthers() {
        Scenario portal = new Scenario("portal-pages", "Portal pages: 20 signed-in users");
        Series dashboard = portal.series(PortalPages.DASHBOARD, "GET /council");
        Series progress = portal.series(PortalPages.PROGRESS, "GET /ades/cycles/{id}");
        long origin = System.nanoTime();
        for (int i = 1; i <= 100; i++) {
            dashboard.record((i <= 50 ? 120 : 260) * 1_000_000L, origin + i * 50_000_000L);
            progress.record(40 * 1_000_000L, origin + i * 50_000_000L);
        }
        portal.target("council dashboard p95 at 20 signed-in users", "≤ 150 ms", 150, dashboard, 95);
        portal.target("ADES cycle progress p95 at 20 signed-in users", "≤ 150 ms", 150, progress, 95);
        portal.errorsTarget("errors (sign-in included)");
        Scenario exports = new Scenario("comparison-exports", "Comparison exports of a 200-question quad");
        Series pdf = exports.series("PDF export", "GET …/comparison/export?format=pdf");
        pdf.record(2_400 * 1_000_000L);
        pdf.record(900 * 1_000_000L);
        exports.target("PDF export, slowest of 2", "≤ 2000 ms", 2000, pdf, 100);
        exports.extra.putObject("timesMs").putArray("PDF export").add(2400.0).add(900.0);
        Scenario trend = new Scenario("trend-flat", "Trend read from 5 to 50 cycles");
        Series few = trend.series(TrendFlat.seriesName(5), "GET");
        Series many = trend.series(TrendFlat.seriesName(50), "GET");
        for (int i = 0; i < 100; i++) {
            few.record(8 * 1_000_000L);
            many.record(40 * 1_000_000L);
        }
        trend.ratioTarget("trend p99 at 50 cycles over its p99 at 5", 1.5, many, few);
        ObjectNode result = withoutScenarios("2026-12-06T05:00:00Z");
        result.withArray("scenarios").add(portal.toJson()).add(exports.toJson()).add(trend.toJson());

        List<String> missed = Report.missed(result);
        String html = Report.html(result);

        assertThat(missed).hasSize(3);
        assertThat(missed.get(0)).contains("council dashboard p95 at 20 signed-in users ≤ 150 ms: 260 ms")
                .contains("The median (120 ms) is within the limit; the tail is not");
        assertThat(missed.get(1)).contains("PDF export, slowest of 2 ≤ 2000 ms: 2400 ms").contains("1.20× the target")
                .contains("in order, they took 2400, 900 ms: the first was the slowest");
        assertThat(missed.get(2)).contains("trend p99 at 50 cycles over its p99 at 5 ≤ 1.5×: 5 ×")
                .contains("trend @ 50 cycles p99 40.0 ms against trend @ 5 cycles p99 8.00 ms")
                .contains("at most 12.0 ms");
        assertThat(html).contains("Portal pages: 20 signed-in users").contains("Comparison exports of a 200-question")
                .contains("Trend read from 5 to 50 cycles")
                .contains("<td>portal-pages</td><td>ADES cycle progress p95 at 20 signed-in users</td><td>≤ 150 ms"
                        + "</td><td>40.0 ms</td><td class=\"met\">met")
                .contains("<td>portal-pages</td><td>errors (sign-in included)</td><td>0</td><td>0 </td><td "
                        + "class=\"met\">met");
    }

    @Test
    void percentilesAreDrawnOnANinesAxis() {
        assertThat(Report.nines(0)).isZero();
        assertThat(Report.nines(90)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Report.nines(99)).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Report.nines(100)).isEqualTo(4);
    }

    @Test
    void aMissedTargetIsExplainedFromTheRunsOwnData() {
        Scenario reads = new Scenario("comparison-reads", "Comparison reads at 100 requests/s");
        Series sideBySide = reads.series("quad side-by-side", "GET");
        Series empty = reads.floor("empty HTTP endpoint", "GET");
        long origin = System.nanoTime();
        sideBySide.startingAt(origin);
        empty.startingAt(origin);
        for (int i = 1; i <= 100; i++) {
            // 100 completions over ~2 s: 50/s of the 100 offered; a 10 ms body with a 400 ms tail
            sideBySide.record((i <= 95 ? 10 : 400) * 1_000_000L, origin + i * 20_000_000L);
            empty.record(1_000_000L, origin + i * 10_000_000L);
        }
        reads.ratio(sideBySide, empty);
        reads.target("side-by-side p99 at 100 requests/s", "≤ 20 ms", 20, sideBySide, 99);
        reads.target("errors", "0", 0, 0, "");
        ObjectNode result = Api.JSON.createObjectNode();
        result.putObject("machine").put("noisy", true).put("noisyReason", "load 9 on 2 CPUs");
        result.putArray("scenarios").add(reads.toJson());

        List<String> missed = Report.missed(result);

        assertThat(missed).hasSize(1);
        assertThat(missed.get(0)).contains("side-by-side p99 at 100 requests/s ≤ 20 ms: 400 ms")
                .contains("20.0× the target")
                .contains("The median (10.0 ms) is within the limit; the tail is not")
                .contains("quad side-by-side / empty HTTP endpoint p99 = 400×")
                .contains("of the 100 offered")
                .contains("load 9 on 2 CPUs");
        assertThat(Report.html(result)).contains("Missed targets, and what this run").contains("20.0× the target");
    }

    @Test
    void aMissedTargetIsExplainedFromTheServicesProfilesAndTheProfilesAreShown() {
        Scenario rush = new Scenario("deadline-rush", "Deadline rush");
        Series autosave = rush.series("autosave", "PUT");
        autosave.startingAt(System.nanoTime());
        autosave.record(300 * 1_000_000L);
        rush.target("autosave p99 at 200 editors", "≤ 25 ms", 25, autosave, 99);
        ObjectNode rubric = rush.extra.putObject("profiles").putObject("rubric-service");
        rubric.put("processCpuPercentOfMachine", 40).put("machineCpuPercent", 95).put("recording", "r.jfr");
        rubric.putArray("cpuByThread").addObject().put("threads", "JIT compiler").put("share", 45);
        rubric.putArray("javaSamplesByLayer").addObject().put("name", "Hibernate ORM").put("share", 30);
        rubric.putObject("gc").put("collections", 12).put("pauseTotalMs", 900).put("longestPauseMs", 150);
        rubric.putArray("waits").addObject().put("where", "park in ConnectionPool.handlerFromSharedCache")
                .put("count", 692).put("totalMs", 50875);
        ObjectNode result = Api.JSON.createObjectNode();
        result.putObject("machine");
        result.putArray("scenarios").add(rush.toJson());

        List<String> missed = Report.missed(result);

        assertThat(missed.get(0)).contains("rubric-service: its garbage collector stopped it 12 times")
                .contains("the longest for 150")
                .contains("the JIT compiler used 45")
                .contains("692 waits of 10 ms or more for a pooled database connection")
                .contains("95% busy")
                .contains("The busiest service, rubric-service").contains("Hibernate ORM 30");
        assertThat(Report.html(result)).contains("Profile (Java Flight Recorder").contains("r.jfr")
                .doesNotContain("\"profiles\"");
    }

    @Test
    void profilesFromTheProfiledPassSayWhereTheyComeFromAndWhatRecordingCost() {
        Scenario rush = new Scenario("deadline-rush", "Deadline rush");
        Series autosave = rush.series("autosave", "PUT");
        autosave.startingAt(System.nanoTime());
        autosave.record(90 * 1_000_000L);
        rush.target("autosave p99 at 200 editors", "≤ 25 ms", 25, autosave, 99);
        ObjectNode json = rush.toJson();
        ObjectNode details = json.putObject("details");
        ObjectNode rubric = details.putObject("profiles").putObject("rubric-service");
        rubric.put("processCpuPercentOfMachine", 30).put("machineCpuPercent", 60).put("recording", "r.jfr");
        rubric.putArray("javaSamplesByLayer").addObject().put("name", "Hibernate ORM").put("share", 30);
        details.putObject("profiledPass").putArray("series").addObject().put("name", "autosave").put("count", 10)
                .put("errors", 0).put("p50Ms", 8.5).put("p99Ms", 2084.9).put("maxMs", 4632.6);
        ObjectNode result = Api.JSON.createObjectNode();
        result.putObject("machine");
        result.putArray("scenarios").add(json);

        assertThat(Report.missed(result).get(0))
                .contains("recorded while the scenario ran again under Java Flight Recorder (autosave p50 8.50 ms, "
                        + "p99 2085 ms)")
                .contains("The busiest service, rubric-service");
        assertThat(Report.html(result)).contains("while this scenario ran again in the profiled pass")
                .contains("under the recorder: autosave p50 8.50 ms, p99 2085 ms").doesNotContain("profiledPass");
    }

    @Test
    void aTargetWithNoFigureSaysNothingWasMeasured() {
        Scenario scale = new Scenario("scale", "Scale");
        Series national = scale.series("national", "GET");
        scale.target("national distribution p99 at 2,500 organisations", "≤ 100 ms", 100, national, 99);
        ObjectNode result = Api.JSON.createObjectNode();
        result.putArray("scenarios").add(scale.toJson());

        assertThat(Report.missed(result)).singleElement().asString().contains("no data").contains("no sample");
        assertThat(Report.parseLimit("≤ 1,500 ms")).isEqualTo(1500);
    }

    @Test
    void aSlowReadIsToldApartFromQueueingByItsOneAtATimeTwin() {
        Scenario scale = new Scenario("scale", "Scale");
        Series national = scale.series("national distribution @ 2,500", "GET");
        Series alone = scale.series("national distribution, one at a time @ 2,500", "GET, one at a time");
        long origin = System.nanoTime();
        for (int i = 1; i <= 50; i++) {
            national.record(900_000_000L, origin + i * 1_000_000L);
            alone.record(40_000_000L, origin + i * 1_000_000L);
        }
        scale.target("national distribution p99 at 2,500 organisations", "≤ 100 ms", 100, national, 99);
        ObjectNode result = Api.JSON.createObjectNode();
        result.putArray("scenarios").add(scale.toJson());

        assertThat(Report.missed(result)).singleElement().asString()
                .contains("One request at a time it took 40.0 ms at the median: the work itself fits");
    }

    /** A result on a 2-CPU machine with no scenario: what the footprint's own tests add to. */
    private static ObjectNode withoutScenarios(String startedAt) {
        ObjectNode result = Api.JSON.createObjectNode();
        result.put("startedAt", startedAt);
        result.putObject("machine").put("cpus", 2);
        result.putObject("settings").put("note", "");
        result.putArray("scenarios");
        return result;
    }
}
