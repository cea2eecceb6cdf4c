package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTML report, drawn from the JSON result alone (so an old result can be drawn again): a summary of every
 * scenario with its targets, ratios to the floor and what was not measured, then per scenario its percentile plot,
 * latency histogram and throughput over time as inline SVG. No script, no network: one self-contained file.
 */
final class Report {

    private static final String[] COLOURS = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
            "#17becf", "#7f7f7f" };

    private Report() {
    }

    /** A named line of (x, y) points. */
    record Line(String name, List<double[]> points) {
    }

    static String html(JsonNode result) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Quads benchmark ")
                .append(esc(result.path("startedAt").asText())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em;")
                .append("text-align:right}th:first-child,td:first-child{text-align:left}.met{color:#2a7d2a}")
                .append(".missed{color:#b00020;font-weight:bold}.warn{background:#fff3cd;padding:.5em;border:1px solid #e0c060}")
                .append(".nm{color:#8a6d00}svg{background:#fafafa;border:1px solid #ddd;margin:.3em}code{white-space:pre-wrap;word-break:break-all}</style></head><body>");
        html.append("<h1>Quads benchmark</h1>");
        JsonNode machine = result.path("machine");
        html.append("<p>Run ").append(esc(result.path("startedAt").asText())).append(" → ")
                .append(esc(result.path("finishedAt").asText())).append(" on ").append(esc(machine.path("host").asText()))
                .append(": ").append(machine.path("cpus").asInt()).append(" CPUs, ")
                .append(machine.path("memoryGb").asText()).append(" GB, ").append(esc(machine.path("os").asText()))
                .append(", Java ").append(esc(machine.path("java").asText())).append(", commit ")
                .append(esc(result.path("commit").asText())).append(". Load average at start ")
                .append(esc(machine.path("loadAverageStart").asText())).append(", at end ")
                .append(esc(machine.path("loadAverageEnd").asText())).append(".</p>");
        if (result.path("partial").asBoolean()) {
            html.append("<p class=\"warn\"><b>Partial result:</b> the run stopped before it finished; what follows is "
                    + "what it had measured by then.</p>");
        }
        if (machine.path("noisy").asBoolean()) {
            html.append("<p class=\"warn\"><b>Noisy run:</b> ").append(esc(machine.path("noisyReason").asText()))
                    .append(" These figures are not the platform's real ones.</p>");
        }
        if (!result.path("settings").path("note").asText().isEmpty()) {
            html.append("<p><b>Note:</b> ").append(esc(result.path("settings").path("note").asText())).append("</p>");
        }
        html.append("<p>Settings: <code>").append(esc(result.path("settings").toString())).append("</code></p>");

        html.append("<h2>Targets</h2><table><tr><th>scenario</th><th>what</th><th>target</th><th>this run</th><th></th></tr>");
        for (JsonNode scenario : withFootprint(result)) {
            for (JsonNode target : scenario.path("targets")) {
                boolean met = target.path("met").asBoolean();
                html.append("<tr><td>").append(esc(scenario.path("id").asText())).append("</td><td>")
                        .append(esc(target.path("what").asText())).append("</td><td>")
                        .append(esc(target.path("target").asText())).append("</td><td>")
                        .append(target.path("actual").isNumber() ? number(target.path("actual").asDouble()) + " "
                                + esc(target.path("unit").asText()) : "no data").append("</td><td class=\"")
                        .append(met ? "met\">met" : "missed\">MISSED").append("</td></tr>");
            }
        }
        html.append("</table>");
        List<String> missed = missed(result);
        if (!missed.isEmpty()) {
            html.append("<h2>Missed targets, and what this run's data say about why</h2>");
            missed.forEach(html::append);
        }

        for (JsonNode scenario : result.path("scenarios")) {
            html.append("<h2>").append(esc(scenario.path("title").asText())).append("</h2>");
            if (!scenario.path("measured").asBoolean()) {
                html.append("<p class=\"nm\">").append(esc(scenario.path("notMeasured").asText())).append("</p>");
                continue;
            }
            html.append("<table><tr><th>series</th><th>count</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th>")
                    .append("<th>max ms</th><th>per s</th><th>errors</th><th>412s</th></tr>");
            List<JsonNode> all = new ArrayList<>();
            scenario.path("series").forEach(all::add);
            scenario.path("floor").forEach(all::add);
            for (JsonNode s : all) {
                boolean floor = contains(scenario.path("floor"), s);
                html.append("<tr><td>").append(floor ? "floor: " : "").append(esc(s.path("name").asText()))
                        .append("<br><small>").append(esc(s.path("description").asText())).append("</small></td><td>")
                        .append(s.path("count").asLong()).append("</td><td>").append(number(s.path("p50Ms").asDouble()))
                        .append("</td><td>").append(number(s.path("p95Ms").asDouble())).append("</td><td>")
                        .append(number(s.path("p99Ms").asDouble())).append("</td><td>")
                        .append(number(s.path("maxMs").asDouble())).append("</td><td>")
                        .append(number(s.path("throughputPerSecond").asDouble())).append("</td><td>")
                        .append(s.path("errors").asLong()).append("</td><td>").append(s.path("conflicts412").asLong())
                        .append("</td></tr>");
            }
            html.append("</table>");
            if (scenario.path("ratiosToFloor").size() > 0) {
                html.append("<p>Ratio to the floor: ");
                List<String> ratios = new ArrayList<>();
                scenario.path("ratiosToFloor").fields().forEachRemaining(e -> ratios.add(esc(e.getKey()) + " = <b>"
                        + number(e.getValue().asDouble()) + "×</b>"));
                html.append(String.join("; ", ratios)).append("</p>");
            }
            for (JsonNode note : scenario.path("notes")) {
                html.append("<p>").append(esc(note.asText())).append("</p>");
            }
            for (JsonNode s : all) {
                int shown = 0;
                for (JsonNode sample : s.path("errorSamples")) {
                    if (shown++ == 3) {
                        break;
                    }
                    html.append("<p class=\"missed\"><small>").append(esc(s.path("name").asText())).append(" error: ")
                            .append(esc(sample.asText())).append("</small></p>");
                }
            }
            List<Line> percentiles = new ArrayList<>();
            List<Line> histograms = new ArrayList<>();
            List<Line> throughput = new ArrayList<>();
            List<Line> slowest = new ArrayList<>();
            for (JsonNode s : all) {
                String name = (contains(scenario.path("floor"), s) ? "floor: " : "") + s.path("name").asText();
                List<double[]> p = new ArrayList<>();
                s.path("percentiles").forEach(point -> p.add(new double[] { nines(point.get(0).asDouble()),
                        point.get(1).asDouble() }));
                percentiles.add(new Line(name, p));
                List<double[]> h = new ArrayList<>();
                s.path("histogram").forEach(b -> h.add(new double[] { Math.log10(Math.max(0.01, b.get(0).asDouble())),
                        b.get(1).asDouble() }));
                histograms.add(new Line(name, h));
                List<double[]> t = new ArrayList<>();
                int second = 0;
                for (JsonNode c : s.path("perSecond")) {
                    t.add(new double[] { second++, c.asDouble() });
                }
                throughput.add(new Line(name, t));
                List<double[]> w = new ArrayList<>();
                second = 0;
                for (JsonNode ms : s.path("slowestBySecondMs")) {
                    w.add(new double[] { second++, ms.asDouble() });
                }
                if (!w.isEmpty()) {
                    slowest.add(new Line(name, w));
                }
            }
            html.append(chart("Latency by percentile", "percentile", "ms", percentiles, List.of(new double[] { 0, 0 },
                    new double[] { 1, 90 }, new double[] { 2, 99 }, new double[] { 3, 99.9 }, new double[] { 4, 99.99 }),
                    true));
            html.append(chart("Latency histogram (log buckets)", "ms", "count", histograms, List.of(
                    new double[] { -1, 0.1 }, new double[] { 0, 1 }, new double[] { 1, 10 }, new double[] { 2, 100 },
                    new double[] { 3, 1000 }, new double[] { 4, 10000 }), false));
            html.append(chart("Throughput over time", "seconds since the series began", "completed per second",
                    throughput, null, false));
            if (!slowest.isEmpty()) {
                html.append(chart("Slowest request by when it began", "seconds since the series began", "ms",
                        slowest, null, true));
            }
            JsonNode growth = scenario.path("details").path("growth");
            if (growth.size() > 0) {
                html.append("<h3>Growth with the data</h3>").append(Growth.html(growth))
                        .append(chart("p99 by organisations", "organisations (log scale)", "p99 ms", growthLines(growth),
                                sizeTicks(growth), true));
            }
            JsonNode load = scenario.path("details").path("load");
            if (load.size() > 0) {
                html.append("<h3>Load</h3><table><tr><th>organisations</th><th>added</th><th>events</th>")
                        .append("<th>answers</th><th>published s</th><th>every consumer caught up s</th>")
                        .append("<th>quads formed</th><th>total s</th></tr>");
                for (JsonNode row : load) {
                    html.append("<tr><td>").append(text(row, "organisations")).append("</td><td>")
                            .append(text(row, "newOrganisations")).append("</td><td>").append(text(row, "events"))
                            .append("</td><td>").append(text(row, "answers")).append("</td><td>")
                            .append(text(row, "publishSeconds")).append("</td><td>").append(text(row, "caughtUpSeconds"))
                            .append("</td><td>").append(text(row, "quadsFormed")).append("</td><td>")
                            .append(text(row, "totalSeconds")).append("</td></tr>");
                }
                html.append("</table>");
            }
            if (scenario.has("details")) {
                ObjectNode details = scenario.path("details").deepCopy();
                JsonNode profiles = details.remove("profiles");
                JsonNode profiledPass = details.remove("profiledPass");
                if (!details.isEmpty()) {
                    html.append("<p><small>").append(esc(details.toString())).append("</small></p>");
                }
                if (profiles != null) {
                    html.append(profiledPass == null ? profiles(profiles) : profiles(profiles,
                            "Profile (Java Flight Recorder, while this scenario ran again in the profiled pass)"));
                }
                if (profiledPass != null) {
                    html.append("<p>").append(esc(profiledPass(profiledPass))).append("</p>");
                }
            }
        }

        JsonNode footprint = result.path("footprint");
        if (footprint.isMissingNode()) {
            html.append("<h2>Footprint</h2><p class=\"nm\">Not measured in this run (the scale scenario alone).</p>")
                    .append("</body></html>\n");
            return html.toString();
        }
        html.append("<h2>Footprint</h2><table><tr><th>component</th><th>RSS idle MB</th><th>RSS peak under load MB</th>")
                .append("<th>RSS idle after load MB</th><th>private idle / after load MB</th>")
                .append("<th>Quarkus “started in” s</th><th>process start → ready s</th>")
                .append("</tr>");
        for (JsonNode c : footprint.path("components")) {
            html.append("<tr><td>").append(esc(c.path("name").asText())).append("</td><td>")
                    .append(text(c, "rssIdleMb")).append("</td><td>").append(text(c, "rssPeakUnderLoadMb"))
                    .append("</td><td>").append(text(c, "rssIdleAfterLoadMb"))
                    .append("</td><td>").append(text(c, "privateIdleMb")).append(" / ")
                    .append(text(c, "privateIdleAfterLoadMb"))
                    .append("</td><td>").append(text(c, "quarkusStartedInSeconds")).append("</td><td>")
                    .append(text(c, "processStartToReadySeconds")).append("</td></tr>");
        }
        footprint.path("components").findValuesAsText("jvmOptions").stream().distinct().forEach(options -> html
                .append("<p><small>Services' JVM options: <code>").append(esc(options)).append("</code></small></p>"));
        html.append("</table><p><small>").append(esc(footprint.path("note").asText())).append("</small></p>");
        JsonNode cold = footprint.path("coldStart");
        if (cold.isMissingNode()) {
            html.append("<p class=\"nm\">Cold start: not measured in this run (bench/run --cold-start).</p>");
        } else {
            html.append("<h3>Cold start</h3><p>./quads up took ").append(number(cold.path("quadsUpSeconds").asDouble()))
                    .append(" s; every service ready after ").append(number(cold.path("allServicesReadySeconds").asDouble()))
                    .append(" s.</p><table><tr><th>service</th><th>process start → ready s</th><th>process start → first ")
                    .append("served request s</th></tr>");
            for (JsonNode s : cold.path("services")) {
                html.append("<tr><td>").append(esc(s.path("name").asText())).append("</td><td>")
                        .append(text(s, "processStartToReadySeconds")).append("</td><td>")
                        .append(text(s, "processStartToFirstServedRequestSeconds")).append("</td></tr>");
            }
            html.append("</table><p><small>").append(esc(cold.path("note").asText())).append("</small></p>");
            if (cold.has("alone")) {
                html.append("<h3>Each service started on its own</h3><p>Stopped and started again with the rest of ")
                        .append("the stack up and idle (target: ready ≤ ").append(tickLabel(Footprint.READY_TARGET_SECONDS))
                        .append(" s from process start).</p><table><tr>")
                        .append("<th>service</th><th>process start → ready s</th><th>process start → first served ")
                        .append("request s</th><th></th></tr>");
                for (JsonNode s : cold.path("alone")) {
                    boolean met = s.has("processStartToReadySeconds")
                            && s.path("processStartToReadySeconds").asDouble() <= Footprint.READY_TARGET_SECONDS;
                    html.append("<tr><td>").append(esc(s.path("name").asText())).append("</td><td>")
                            .append(text(s, "processStartToReadySeconds")).append("</td><td>")
                            .append(text(s, "processStartToFirstServedRequestSeconds")).append("</td><td class=\"")
                            .append(met ? "met\">met" : "missed\">MISSED").append("</td></tr>");
                }
                html.append("</table>");
                ObjectNode startProfiles = Api.JSON.createObjectNode();
                for (JsonNode s : cold.path("alone")) {
                    if (s.has("startProfile")) {
                        startProfiles.set(s.path("name").asText(), s.path("startProfile"));
                    }
                }
                if (!startProfiles.isEmpty()) {
                    html.append(profiles(startProfiles, "Where a start's time goes (Java Flight Recorder, from "
                            + "process start to the first served request, in a start of its own)"));
                    html.append("<p><small>Recorded starts (slower than the timed ones, by the recording itself), ")
                            .append("process start → first served request: ");
                    List<String> recorded = new ArrayList<>();
                    startProfiles.fields().forEachRemaining(e -> recorded.add(esc(e.getKey()) + " "
                            + text(e.getValue(), "recordedProcessStartToFirstServedRequestSeconds") + " s"));
                    html.append(String.join(", ", recorded)).append(". Java samples are taken of threads running ")
                            .append("Java code: time spent loading and linking classes, compiling or collecting ")
                            .append("shows in the threads' CPU, not in the samples.</small></p>");
                }
            }
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    /** The services' JFR profiles while the scenario ran: a table, a column per service. */
    static String profiles(JsonNode profiles) {
        return profiles(profiles, "Profile (Java Flight Recorder, while this scenario ran)");
    }

    static String profiles(JsonNode profiles, String heading) {
        StringBuilder html = new StringBuilder("<h3>").append(esc(heading)).append("</h3>");
        if (profiles.has("notTaken")) {
            return html.append("<p class=\"nm\">Not taken: ").append(esc(profiles.path("notTaken").asText()))
                    .append("</p>").toString();
        }
        List<String> services = new ArrayList<>();
        profiles.fieldNames().forEachRemaining(services::add);
        html.append("<table><tr><th></th>");
        services.forEach(name -> html.append("<th>").append(esc(name)).append("</th>"));
        html.append("</tr>");
        profileRow(html, "CPU, % of the machine (machine busy %)", services, profiles, p -> p.has("notTaken")
                ? esc(p.path("notTaken").asText())
                : number(p.path("processCpuPercentOfMachine").asDouble()) + " ("
                        + number(p.path("machineCpuPercent").asDouble()) + ")");
        profileRow(html, "its CPU by thread, %", services, profiles,
                p -> shares(p.path("cpuByThread"), "threads", 5));
        profileRow(html, "Java samples by library, %", services, profiles,
                p -> shares(p.path("javaSamplesByLayer"), "name", 7));
        profileRow(html, "hottest methods, % of samples", services, profiles,
                p -> shares(p.path("hottestMethods"), "name", 5));
        profileRow(html, "garbage collections: count, total pause, longest", services, profiles,
                p -> p.path("gc").path("collections").asLong() + ", " + number(p.path("gc").path("pauseTotalMs")
                        .asDouble()) + " ms, " + number(p.path("gc").path("longestPauseMs").asDouble()) + " ms");
        profileRow(html, "JIT compilation, ms", services, profiles,
                p -> number(p.path("jitCompilationMs").asDouble()));
        if (services.stream().anyMatch(name -> profiles.path(name).has("classesLoaded"))) {
            profileRow(html, "classes loaded", services, profiles, p -> text(p, "classesLoaded"));
        }
        profileRow(html, "longest waits (parked or blocked ≥ 10 ms): count, total ms", services, profiles, p -> {
            List<String> waits = new ArrayList<>();
            for (JsonNode w : p.path("waits")) {
                if (waits.size() < 4) {
                    waits.add(esc(w.path("where").asText()) + ": " + w.path("count").asLong() + ", "
                            + number(w.path("totalMs").asDouble()));
                }
            }
            return String.join("<br>", waits);
        });
        html.append("</table><p><small>Idle worker threads park too: their waits are not delays. Recordings: ");
        services.forEach(name -> html.append("<code>").append(esc(profiles.path(name).path("recording").asText()))
                .append("</code> "));
        return html.append("</small></p>").toString();
    }

    private static void profileRow(StringBuilder html, String label, List<String> services, JsonNode profiles,
            Function<JsonNode, String> cell) {
        html.append("<tr><td>").append(esc(label)).append("</td>");
        for (String service : services) {
            JsonNode p = profiles.path(service);
            html.append("<td style=\"text-align:left;vertical-align:top\"><small>")
                    .append(p.has("notTaken") ? esc(p.path("notTaken").asText()) : cell.apply(p))
                    .append("</small></td>");
        }
        html.append("</tr>");
    }

    private static String shares(JsonNode array, String field, int limit) {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : array) {
            if (lines.size() < limit) {
                lines.add(esc(entry.path(field).asText()) + " " + number(entry.path("share").asDouble()));
            }
        }
        return String.join("<br>", lines);
    }

    /** p99 against log10(organisations), a line per read. */
    static List<Line> growthLines(JsonNode growth) {
        java.util.Map<String, List<double[]>> byRead = new java.util.LinkedHashMap<>();
        growth.forEach(row -> byRead.computeIfAbsent(row.path("read").asText(), r -> new ArrayList<>())
                .add(new double[] { Math.log10(Math.max(1, row.path("organisations").asInt())),
                        row.path("p99Ms").asDouble() }));
        List<Line> lines = new ArrayList<>();
        byRead.forEach((read, points) -> lines.add(new Line(read, points)));
        return lines;
    }

    private static List<double[]> sizeTicks(JsonNode growth) {
        java.util.TreeSet<Integer> sizes = new java.util.TreeSet<>();
        growth.forEach(row -> sizes.add(row.path("organisations").asInt()));
        List<double[]> ticks = new ArrayList<>();
        sizes.forEach(size -> ticks.add(new double[] { Math.log10(Math.max(1, size)), size }));
        return ticks;
    }

    /**
     * One paragraph per missed target: which target, the figure, and what the run's own data say about why: how far
     * over the limit, whether the whole distribution or only its tail is over, the ratio to the floor, whether the
     * offered rate was kept up with, errors, and a noisy machine.
     */
    static List<String> missed(JsonNode result) {
        List<String> paragraphs = new ArrayList<>();
        JsonNode machine = result.path("machine");
        for (JsonNode scenario : withFootprint(result)) {
            for (JsonNode target : scenario.path("targets")) {
                if (target.path("met").asBoolean()) {
                    continue;
                }
                List<String> why = "footprint".equals(scenario.path("id").asText()) ? explainFootprint(scenario, target, machine)
                        : explain(scenario, target, machine);
                StringBuilder p = new StringBuilder("<h3>").append(esc(target.path("what").asText())).append(" ")
                        .append(esc(target.path("target").asText())).append(": ")
                        .append(target.path("actual").isNumber() ? number(target.path("actual").asDouble()) + " "
                                + esc(target.path("unit").asText()) : "no data")
                        .append("</h3><ul>");
                why.forEach(reason -> p.append("<li>").append(esc(reason)).append("</li>"));
                paragraphs.add(p.append("</ul>").toString());
            }
        }
        return paragraphs;
    }

    /**
     * The scenarios, then the footprint as one more (id "footprint": targets of its own, no series) when it was
     * measured. A result written before the footprint had targets gets them from its figures.
     */
    private static List<JsonNode> withFootprint(JsonNode result) {
        List<JsonNode> all = new ArrayList<>();
        result.path("scenarios").forEach(all::add);
        if (result.path("footprint").isObject()) {
            ObjectNode footprint = result.path("footprint").deepCopy();
            footprint.put("id", "footprint");
            if (!footprint.has("targets")) {
                ArrayNode targets = footprint.putArray("targets");
                Footprint.targets(footprint).forEach(t -> t.addTo(targets));
            }
            all.add(footprint);
        }
        return all;
    }

    /**
     * Why a footprint target was missed, from the footprint's own figures: for memory, how much of the RSS is the
     * process's private memory and how much pages mapped from files (the class-data archive, jars); for a start,
     * what its recorded start shows (classes loaded, collector pauses, the hottest method).
     */
    static List<String> explainFootprint(JsonNode footprint, JsonNode target, JsonNode machine) {
        List<String> why = new ArrayList<>();
        if (!target.path("actual").isNumber()) {
            why.add("Nothing was measured for it in this run (the service was not running, or its start was not "
                    + "seen).");
            return why;
        }
        double actual = target.path("actual").asDouble();
        timesTheLimit(target, why);
        String service = target.path("series").asText();
        if ("MB".equals(target.path("unit").asText())) {
            for (JsonNode c : footprint.path("components")) {
                if (c.path("name").asText().equals(service) && c.path("privateIdleMb").isNumber()) {
                    double privateMb = c.path("privateIdleMb").asDouble();
                    why.add("Of its RSS, " + number(privateMb) + " MB are private (heap, metaspace, code, threads, "
                            + "malloc) and " + number(Series.round(actual - privateMb, 1)) + " MB are pages mapped "
                            + "from files (the class-data archive, jars, the JVM), which grow with the classes it "
                            + "loads.");
                }
            }
        } else {
            for (JsonNode s : footprint.path("coldStart").path("alone")) {
                JsonNode profile = s.path("startProfile");
                if (s.path("name").asText().equals(service) && !profile.isMissingNode()) {
                    why.add("Its recorded start loaded " + profile.path("classesLoaded").asInt() + " classes and "
                            + "the collector ran " + profile.path("gc").path("collections").asInt() + " times ("
                            + number(profile.path("gc").path("pauseTotalMs").asDouble()) + " ms of pauses).");
                    JsonNode hottest = profile.path("hottestMethods").path(0);
                    if (!hottest.isMissingNode()) {
                        why.add("Its hottest method while starting: " + hottest.path("name").asText() + " ("
                                + number(hottest.path("share").asDouble()) + " % of the samples).");
                    }
                }
            }
        }
        busy(machine, why);
        return why;
    }

    /** Says how many times its limit a missed target's figure is; returns the limit (0 when it names none). */
    private static double timesTheLimit(JsonNode target, List<String> why) {
        double limit = parseLimit(target.path("target").asText());
        if (limit > 0) {
            why.add("The figure is " + number(Series.round(target.path("actual").asDouble() / limit, 2))
                    + "× the target.");
        }
        return limit;
    }

    static List<String> explain(JsonNode scenario, JsonNode target, JsonNode machine) {
        List<String> why = new ArrayList<>();
        if (!target.path("actual").isNumber()) {
            why.add("Nothing was measured for it in this run ("
                    + (scenario.path("measured").asBoolean(true) ? "no sample" : scenario.path("notMeasured").asText())
                    + ").");
            return why;
        }
        double limit = timesTheLimit(target, why);
        JsonNode series = named(scenario, target.path("series").asText());
        if ("×".equals(target.path("unit").asText())) {
            // A multiple of another series: said in milliseconds, it is then explained as a latency target.
            JsonNode of = named(scenario, target.path("of").asText());
            if (series == null || of == null) {
                busy(machine, why);
                return why;
            }
            double ofP99 = of.path("p99Ms").asDouble();
            why.add(series.path("name").asText() + " p99 " + number(series.path("p99Ms").asDouble()) + " ms against "
                    + of.path("name").asText() + " p99 " + number(ofP99) + " ms in the same run: within "
                    + target.path("target").asText() + " it would have been at most "
                    + number(Series.round(limit * ofP99)) + " ms.");
            limit = limit * ofP99;
        }
        if (series != null) {
            double p50 = series.path("p50Ms").asDouble();
            double p99 = series.path("p99Ms").asDouble();
            JsonNode inOrder = scenario.path("details").path("timesMs").path(series.path("name").asText());
            if (limit > 0 && p50 > limit) {
                why.add("Even the median (" + number(p50) + " ms) is over the limit: the whole distribution is slow, "
                        + "not only its tail.");
            } else if (limit > 0 && inOrder.size() > 0) {
                List<String> times = new ArrayList<>();
                inOrder.forEach(ms -> times.add(number(ms.asDouble())));
                boolean firstSlowest = inOrder.get(0).asDouble() >= series.path("maxMs").asDouble() * 0.999;
                why.add("The median (" + number(p50) + " ms) is within the limit; the slowest is not. One at a time "
                        + "(no queue), in order, they took " + String.join(", ", times) + " ms" + (firstSlowest
                                ? ": the first was the slowest (code and data not yet warm in the service)."
                                : ": the slow one was not the first, so not the service's first of its kind."));
            } else if (limit > 0) {
                why.add("The median (" + number(p50) + " ms) is within the limit; the tail is not (p99 "
                        + number(p99) + " ms, max " + number(series.path("maxMs").asDouble()) + " ms, p99/p50 "
                        + number(Series.round(p99 / Math.max(0.001, p50), 1)) + "×): queueing or pauses, not the "
                        + "work of one request.");
            }
            String name = series.path("name").asText();
            for (JsonNode alone : scenario.path("series")) {
                if (name.contains(" @ ") && alone.path("name").asText()
                        .equals(name.replace(" @ ", ", one at a time @ ")) && alone.path("count").asLong() > 0) {
                    double aloneP50 = alone.path("p50Ms").asDouble();
                    why.add("One request at a time it took " + number(aloneP50) + " ms at the median: " + (limit > 0
                            && aloneP50 > limit ? "the work of one request is already over the limit."
                                    : "the work itself fits; the rest is waiting behind other requests."));
                }
            }
            scenario.path("ratiosToFloor").fields().forEachRemaining(e -> {
                if (e.getKey().startsWith(name + " / ")) {
                    why.add("Ratio to the floor: " + e.getKey() + " = " + number(e.getValue().asDouble()) + "×.");
                }
            });
            double offered = offeredRate(scenario, series);
            double achieved = series.path("throughputPerSecond").asDouble();
            if (offered > 0 && achieved > 0 && achieved < offered * 0.9) {
                why.add("It completed " + number(achieved) + " requests/s of the " + number(offered)
                        + " offered: the service could not keep up, so requests queued and latency grew over the run.");
            }
            if (series.path("errors").asLong() > 0) {
                why.add(series.path("errors").asLong() + " requests failed.");
            }
        }
        List<String> profiled = fromProfiles(scenario.path("details").path("profiles"), limit);
        JsonNode pass = scenario.path("details").path("profiledPass");
        if (!profiled.isEmpty() && pass.has("series")) {
            why.add("From the profiles, recorded while the scenario ran again under Java Flight Recorder ("
                    + profiledLatencies(pass) + "):");
        }
        why.addAll(profiled);
        busy(machine, why);
        return why;
    }

    /** The scenario's series (or floor series) of that name, or null. */
    private static JsonNode named(JsonNode scenario, String name) {
        for (String list : List.of("series", "floor")) {
            for (JsonNode s : scenario.path(list)) {
                if (s.path("name").asText().equals(name)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static void busy(JsonNode machine, List<String> why) {
        if (machine.path("noisy").asBoolean()) {
            why.add("The machine was busy (" + machine.path("noisyReason").asText().replaceFirst("\\.$", "")
                    + "), so part of this is other work on the same cores.");
        }
    }

    /** The profiled pass's latencies in a sentence: what recording did to them. */
    static String profiledPass(JsonNode pass) {
        return "The profile was recorded in a second pass of the same scenario after the measured one, since "
                + "recording slows the services; under the recorder: " + profiledLatencies(pass) + ".";
    }

    /** Each of the profiled pass's series as "name p50 x ms, p99 y ms". */
    private static String profiledLatencies(JsonNode pass) {
        List<String> parts = new ArrayList<>();
        for (JsonNode s : pass.path("series")) {
            parts.add(s.path("name").asText() + " p50 " + number(s.path("p50Ms").asDouble()) + " ms, p99 "
                    + number(s.path("p99Ms").asDouble()) + " ms" + (s.path("errors").asLong() > 0
                            ? " (" + s.path("errors").asLong() + " errors)" : ""));
        }
        return String.join("; ", parts);
    }

    /** What the services' profiles of the scenario say: CPU, collector pauses, the JIT, waits for a connection. */
    static List<String> fromProfiles(JsonNode profiles, double limitMs) {
        List<String> why = new ArrayList<>();
        if (profiles.isMissingNode() || profiles.has("notTaken")) {
            return why;
        }
        double machineBusy = 0;
        String busiest = null;
        double busiestCpu = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = profiles.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> service = it.next();
            JsonNode p = service.getValue();
            if (p.has("notTaken")) {
                continue;
            }
            machineBusy = Math.max(machineBusy, p.path("machineCpuPercent").asDouble());
            if (p.path("processCpuPercentOfMachine").asDouble() > busiestCpu) {
                busiestCpu = p.path("processCpuPercentOfMachine").asDouble();
                busiest = service.getKey();
            }
            double longest = p.path("gc").path("longestPauseMs").asDouble();
            if (limitMs > 0 && longest > limitMs / 2) {
                why.add(service.getKey() + ": its garbage collector stopped it " + p.path("gc").path("collections")
                        .asLong() + " times (" + number(p.path("gc").path("pauseTotalMs").asDouble())
                        + " ms in all), the longest for " + number(longest) + " ms: every request in flight waits "
                        + "that long.");
            }
            boolean busy = p.path("processCpuPercentOfMachine").asDouble() >= 5;
            for (JsonNode thread : p.path("cpuByThread")) {
                if (busy && "JIT compiler".equals(thread.path("threads").asText())
                        && thread.path("share").asDouble() >= 20) {
                    why.add(service.getKey() + ": the JIT compiler used " + number(thread.path("share").asDouble())
                            + "% of its CPU (code still being compiled).");
                }
            }
            for (JsonNode wait : p.path("waits")) {
                String where = wait.path("where").asText();
                if ((where.contains("ConnectionPool") || where.contains("agroal"))
                        && (wait.path("count").asLong() >= 20 || wait.path("totalMs").asDouble() >= 1000)) {
                    why.add(service.getKey() + ": " + wait.path("count").asLong() + " waits of 10 ms or more for a "
                            + "pooled database connection (" + where + "), " + number(wait.path("totalMs")
                                    .asDouble()) + " ms in all.");
                }
            }
        }
        if (machineBusy >= 80) {
            why.add("The machine's cores were " + number(machineBusy) + "% busy on average while it ran "
                    + "(benchmark, services, PostgreSQL, Kafka and Keycloak share them): requests queued for CPU.");
        }
        if (busiest != null) {
            JsonNode p = profiles.path(busiest);
            List<String> layers = new ArrayList<>();
            for (JsonNode layer : p.path("javaSamplesByLayer")) {
                if (layers.size() < 4) {
                    layers.add(layer.path("name").asText() + " " + number(layer.path("share").asDouble()) + "%");
                }
            }
            why.add("The busiest service, " + busiest + " (" + number(busiestCpu) + "% of the machine), spent its "
                    + "Java time in: " + String.join(", ", layers) + ".");
        }
        return why;
    }

    /** The number in a target such as "≤ 25 ms" or "0"; 0 when none. */
    static double parseLimit(String target) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)").matcher(target.replace(",", ""));
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** The request rate a steady-rate series was offered, from the scenario's details or settings; 0 if unknown. */
    private static double offeredRate(JsonNode scenario, JsonNode series) {
        if (scenario.path("details").has("readsPerSecond")) {
            return scenario.path("details").path("readsPerSecond").asDouble();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at (\\d+) requests/s")
                .matcher(scenario.path("title").asText());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** A percentile's position on a "nines" axis: 0 → 0, 90 → 1, 99 → 2, 99.9 → 3, capped at 4. */
    static double nines(double percentile) {
        if (percentile >= 99.99) {
            return 4;
        }
        return Math.min(4, Math.log10(100.0 / (100.0 - percentile)));
    }

    /** A line chart as SVG; ticks are (x position, label value) or null for plain numbers. */
    static String chart(String title, String xLabel, String yLabel, List<Line> lines, List<double[]> ticks,
            boolean yFromZero) {
        int width = 520;
        int height = 300;
        int left = 60;
        int right = 170;
        int top = 30;
        int bottom = 45;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = 0;
        for (Line line : lines) {
            for (double[] p : line.points()) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width + right).append("\" height=\"")
                .append(height).append("\" font-size=\"11\">");
        svg.append("<text x=\"").append(left).append("\" y=\"18\" font-size=\"13\" font-weight=\"bold\">")
                .append(esc(title)).append("</text>");
        if (maxX < minX) {
            return svg.append("<text x=\"").append(left).append("\" y=\"60\">no data</text></svg>").toString();
        }
        if (ticks != null) {
            minX = Math.min(minX, ticks.get(0)[0]);
            maxX = Math.max(maxX, ticks.get(ticks.size() - 1)[0]);
        }
        if (maxX == minX) {
            maxX = minX + 1;
        }
        maxY = niceCeiling(maxY);
        double plotW = width - left - 20;
        double plotH = height - top - bottom;
        double x0 = minX;
        double xSpan = maxX - minX;
        double yMax = maxY;
        java.util.function.DoubleUnaryOperator sx = x -> left + (x - x0) / xSpan * plotW;
        java.util.function.DoubleUnaryOperator sy = y -> top + plotH - y / yMax * plotH;
        svg.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append((int) plotW)
                .append("\" height=\"").append((int) plotH).append("\" fill=\"white\" stroke=\"#999\"/>");
        for (int i = 0; i <= 4; i++) {
            double y = yMax * i / 4;
            double py = sy.applyAsDouble(y);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(fmt(left + plotW)).append("\" y1=\"")
                    .append(fmt(py)).append("\" y2=\"").append(fmt(py)).append("\" stroke=\"#eee\"/>");
            svg.append("<text x=\"").append(left - 4).append("\" y=\"").append(fmt(py + 4))
                    .append("\" text-anchor=\"end\">").append(number(y)).append("</text>");
        }
        List<double[]> xTicks = ticks;
        if (xTicks == null) {
            xTicks = new ArrayList<>();
            for (int i = 0; i <= 5; i++) {
                double x = minX + xSpan * i / 5;
                xTicks.add(new double[] { x, x });
            }
        }
        for (double[] tick : xTicks) {
            double px = sx.applyAsDouble(tick[0]);
            svg.append("<line x1=\"").append(fmt(px)).append("\" x2=\"").append(fmt(px)).append("\" y1=\"").append(top)
                    .append("\" y2=\"").append(fmt(top + plotH)).append("\" stroke=\"#eee\"/>");
            svg.append("<text x=\"").append(fmt(px)).append("\" y=\"").append(fmt(top + plotH + 14))
                    .append("\" text-anchor=\"middle\">").append(tickLabel(tick[1])).append("</text>");
        }
        svg.append("<text x=\"").append(fmt(left + plotW / 2)).append("\" y=\"").append(height - 8)
                .append("\" text-anchor=\"middle\">").append(esc(xLabel)).append("</text>");
        svg.append("<text x=\"12\" y=\"").append(fmt(top + plotH / 2)).append("\" transform=\"rotate(-90 12 ")
                .append(fmt(top + plotH / 2)).append(")\" text-anchor=\"middle\">").append(esc(yLabel)).append("</text>");
        int index = 0;
        for (Line line : lines) {
            String colour = COLOURS[index % COLOURS.length];
            if (!line.points().isEmpty()) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.6\" points=\"");
                for (double[] p : line.points()) {
                    svg.append(fmt(sx.applyAsDouble(p[0]))).append(',').append(fmt(sy.applyAsDouble(p[1]))).append(' ');
                }
                svg.append("\"/>");
            }
            int ly = top + 12 + index * 16;
            svg.append("<rect x=\"").append(width - 10).append("\" y=\"").append(ly - 8)
                    .append("\" width=\"10\" height=\"10\" fill=\"").append(colour).append("\"/>");
            svg.append("<text x=\"").append(width + 4).append("\" y=\"").append(ly).append("\">")
                    .append(esc(line.name().length() > 28 ? line.name().substring(0, 27) + "…" : line.name()))
                    .append("</text>");
            index++;
        }
        return svg.append("</svg>").toString();
    }

    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static boolean contains(JsonNode array, JsonNode element) {
        for (JsonNode e : array) {
            if (e == element) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? number(node.get(field).asDouble()) : "–";
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    static String tickLabel(double value) {
        return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
