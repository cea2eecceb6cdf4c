package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How big and how quick to start: each component's resident memory (VmRSS of its process and its children, from
 * /proc) idle and at its peak under the run's load, each service's start from its log ("started in", and the time
 * from process start to that line), and with {@code --cold-start} the whole stack stopped and started again while
 * the harness watches each service become ready and serve its first authenticated request.
 */
final class Footprint {

    static final List<String> SERVICES = List.of("authority-service", "rubric-service", "quad-service",
            "notification-service");
    static final List<String> COMPONENTS = List.of("postgres", "kafka", "keycloak", "mail", "authority-service",
            "rubric-service", "quad-service", "notification-service");
    static final Map<String, String> PORTS = Map.of("authority-service", Api.AUTHORITY, "rubric-service", Api.RUBRIC,
            "quad-service", Api.QUAD, "notification-service", Api.NOTIFICATION);
    /** A cheap authenticated read per service: its first one served is the "first served request". */
    static final Map<String, String> FIRST_REQUEST = Map.of(
            "authority-service", Api.AUTHORITY + "/councils",
            "rubric-service", Api.RUBRIC + "/cycles",
            "quad-service", Api.QUAD + "/quads/mine?cycleId=00000000-0000-0000-0000-000000000000",
            "notification-service", Api.NOTIFICATION + "/notifications?limit=1");
    private static final Pattern STARTED = Pattern.compile(
            "^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) .*started in ([0-9.]+)s");

    private final Settings settings;
    /** How long the services are left alone after the load before their RSS is read again. */
    static final int SETTLE_SECONDS = 30;
    /** Issue #22's footprint targets (#9 had 200 MB and 2 s). */
    static final int RSS_IDLE_TARGET_MB = 225;
    static final double READY_TARGET_SECONDS = 2.5;
    static final int COLD_START_TARGET_SECONDS = 60;

    private final Map<String, Long> idleKb = new LinkedHashMap<>();
    private final Map<String, Long> idleAfterLoadKb = new LinkedHashMap<>();
    private final Map<String, Long> idlePrivateKb = new LinkedHashMap<>();
    private final Map<String, Long> idleAfterLoadPrivateKb = new LinkedHashMap<>();
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private volatile boolean sampling;
    private Thread sampler;

    Footprint(Settings settings) {
        this.settings = settings;
    }

    /** The component's pid from .quads/run, if that process runs. */
    Long pid(String component) {
        Path file = settings.quadsHome().resolve("run").resolve(component + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return Files.exists(Path.of("/proc/" + pid)) ? pid : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    void measureIdle() {
        for (String component : COMPONENTS) {
            Long pid = pid(component);
            if (pid != null) {
                idleKb.put(component, treeRssKb(pid));
                idlePrivateKb.put(component, statusKb(pid, "RssAnon:"));
            }
        }
    }

    /** RSS again once the load has stopped and the services have been left alone for {@link #SETTLE_SECONDS}. */
    void measureIdleAfterLoad() throws InterruptedException {
        Thread.sleep(SETTLE_SECONDS * 1000L);
        for (String component : COMPONENTS) {
            Long pid = pid(component);
            if (pid != null) {
                idleAfterLoadKb.put(component, treeRssKb(pid));
                idleAfterLoadPrivateKb.put(component, statusKb(pid, "RssAnon:"));
            }
        }
    }

    /** Samples every component's RSS every 250 ms until {@link #stopSampling()}, keeping each one's peak. */
    void startSampling() {
        sampling = true;
        sampler = new Thread(() -> {
            while (sampling) {
                for (String component : COMPONENTS) {
                    Long pid = pid(component);
                    if (pid != null) {
                        peakKb.merge(component, treeRssKb(pid), Math::max);
                    }
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stopSampling() throws InterruptedException {
        sampling = false;
        if (sampler != null) {
            sampler.join(2000);
        }
    }

    ObjectNode toJson(ObjectNode coldStart) {
        ObjectNode json = Api.JSON.createObjectNode();
        ArrayNode components = json.putArray("components");
        for (String component : COMPONENTS) {
            ObjectNode c = components.addObject().put("name", component);
            Long pid = pid(component);
            if (pid == null) {
                c.put("running", false);
                continue;
            }
            c.put("pid", pid);
            putMb(c, "rssIdleMb", idleKb.get(component));
            putMb(c, "rssPeakUnderLoadMb", peakKb.get(component));
            putMb(c, "rssIdleAfterLoadMb", idleAfterLoadKb.get(component));
            putMb(c, "privateIdleMb", idlePrivateKb.get(component));
            putMb(c, "privateIdleAfterLoadMb", idleAfterLoadPrivateKb.get(component));
            if (SERVICES.contains(component)) {
                startFromLog(component, pid, c);
                c.put("jvmOptions", jvmOptions(pid));
            }
        }
        if (coldStart != null) {
            json.set("coldStart", coldStart);
        }
        ArrayNode targetsJson = json.putArray("targets");
        targets(json).forEach(t -> t.addTo(targetsJson));
        json.put("note", "RSS is VmRSS of the component's process and its children (PostgreSQL's backends share "
                + "its buffers, so its sum overstates it): idle before the run's load (and before its warm-up; "
                + "after a cold start, once the services have been left alone for " + SETTLE_SECONDS + " s), "
                + "at its peak under the load, and idle again " + SETTLE_SECONDS + " s after the load. Private is "
                + "the process's own RssAnon (its heap, metaspace, code, threads, malloc), without the pages it maps from files "
                + "(jars, the JVM, the class-data archive), which the kernel can drop and read again. Each "
                + "service's JVM options are those its process was started with (./quads: SERVICE_JAVA_OPTS).");
        return json;
    }

    /**
     * The footprint targets, checked on a footprint's figures: each service's RSS idle ≤ 225 MB; each one
     * ready ≤ 2.5 s from its process's start (started alone with the rest of the stack up, with --cold-start; else its
     * running process's start, from its log); the whole stack's cold start ≤ 60 s (with --cold-start). A target's
     * "series" names the service it is about.
     */
    static List<Scenario.Target> targets(ObjectNode footprint) {
        List<Scenario.Target> targets = new ArrayList<>();
        Map<String, JsonNode> alone = new LinkedHashMap<>();
        footprint.path("coldStart").path("alone").forEach(s -> alone.put(s.path("name").asText(), s));
        for (JsonNode c : footprint.path("components")) {
            String name = c.path("name").asText();
            if (!SERVICES.contains(name) || !c.has("pid")) {
                continue;
            }
            targets.add(new Scenario.Target(name + " RSS idle", "≤ " + RSS_IDLE_TARGET_MB + " MB",
                    RSS_IDLE_TARGET_MB, figure(c, "rssIdleMb"), "MB", name));
            if (alone.containsKey(name)) {
                targets.add(new Scenario.Target(name + " ready from process start, started on its own",
                        "≤ " + Report.tickLabel(READY_TARGET_SECONDS) + " s", READY_TARGET_SECONDS,
                        figure(alone.get(name), "processStartToReadySeconds"), "s", name));
            } else {
                targets.add(new Scenario.Target(name + " ready from process start, its running process (log)",
                        "≤ " + Report.tickLabel(READY_TARGET_SECONDS) + " s", READY_TARGET_SECONDS,
                        figure(c, "processStartToReadySeconds"), "s", name));
            }
        }
        JsonNode cold = footprint.path("coldStart");
        if (!cold.isMissingNode()) {
            targets.add(new Scenario.Target("whole stack cold start (./quads up from stopped)",
                    "≤ " + COLD_START_TARGET_SECONDS + " s", COLD_START_TARGET_SECONDS,
                    cold.path("quadsUpExit").asInt(-1) == 0 ? figure(cold, "quadsUpSeconds") : null, "s", null));
        }
        return targets;
    }

    private static Double figure(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.path(field).asDouble() : null;
    }

    private static void putMb(ObjectNode node, String field, Long kb) {
        if (kb != null) {
            node.put(field, Series.round(kb / 1024.0, 1));
        }
    }

    /** The JVM options (-X...) on the process's command line. */
    static String jvmOptions(long pid) {
        try {
            String[] args = Files.readString(Path.of("/proc/" + pid + "/cmdline")).split("\0");
            return Stream.of(args).filter(a -> a.startsWith("-X")).collect(Collectors.joining(" "));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Quarkus's own "started in", and the time from the process's start to that log line. */
    private void startFromLog(String service, long pid, ObjectNode into) {
        Path log = settings.quadsHome().resolve("logs").resolve(service + ".log");
        try (Stream<String> lines = Files.lines(log)) {
            lines.map(STARTED::matcher).filter(Matcher::find).findFirst().ifPresent(m -> {
                into.put("quarkusStartedInSeconds", Double.parseDouble(m.group(2)));
                Instant started = processStart(pid);
                if (started != null) {
                    ZoneId zone = ZoneId.systemDefault();
                    ZonedDateTime logged = ZonedDateTime.of(LocalDate.ofInstant(started, zone),
                            LocalTime.parse(m.group(1)), zone);
                    if (logged.toInstant().isBefore(started.minusSeconds(1))) {
                        logged = logged.plusDays(1);
                    }
                    into.put("processStartToReadySeconds",
                            Series.round(Duration.between(started, logged.toInstant()).toMillis() / 1000.0));
                }
            });
        } catch (IOException | RuntimeException e) {
            into.put("startFromLog", "unreadable: " + e.getMessage());
        }
    }

    /** When a process started: its start time in clock ticks after boot (/proc/PID/stat) plus the boot time. */
    static Instant processStart(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[19]);
            long bootSeconds = Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.startsWith("btime "))
                    .mapToLong(l -> Long.parseLong(l.substring(6).trim())).findFirst().orElseThrow();
            return Instant.ofEpochMilli(bootSeconds * 1000 + ticks * 10);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** VmRSS of a process and all its descendants, in kB. */
    static long treeRssKb(long pid) {
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    long ppid = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
                    children.computeIfAbsent(ppid, k -> new ArrayList<>())
                            .add(Long.parseLong(p.getFileName().toString()));
                } catch (IOException | RuntimeException ignored) {
                    // the process ended while we looked
                }
            });
        } catch (IOException e) {
            return rssKb(pid);
        }
        long total = 0;
        List<Long> todo = new ArrayList<>(List.of(pid));
        while (!todo.isEmpty()) {
            long next = todo.remove(todo.size() - 1);
            total += rssKb(next);
            todo.addAll(children.getOrDefault(next, List.of()));
        }
        return total;
    }

    static long rssKb(long pid) {
        return statusKb(pid, "VmRSS:");
    }

    /** A kB figure of the process's /proc status (VmRSS:, RssAnon: ...), 0 once it has gone. */
    static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // gone
        }
        return 0;
    }

    /**
     * Stops the stack (./quads down) and starts it again (./quads up, no build), watching every 100 ms when each
     * service's process started, when it was first ready and when it first served an authenticated request.
     */
    ObjectNode coldStart(Api api) throws Exception {
        ObjectNode json = Api.JSON.createObjectNode();
        Path quads = settings.root().resolve("quads");
        Path upLog = Files.createTempFile("bench-quads-up", ".log");
        Process down = new ProcessBuilder(quads.toString(), "down").directory(settings.root().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(upLog.toFile())).start();
        if (down.waitFor() != 0) {
            return json.put("failed", "./quads down failed: " + Files.readString(upLog));
        }
        long t0 = System.nanoTime();
        Process up = new ProcessBuilder(quads.toString(), "up").directory(settings.root().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(upLog.toFile())).start();
        Map<String, Double> processAt = new LinkedHashMap<>();
        Map<String, Double> readyAt = new LinkedHashMap<>();
        Map<String, Double> servedAt = new LinkedHashMap<>();
        Map<String, Instant> processStart = new LinkedHashMap<>();
        Instant wallT0 = Instant.now();
        long giveUp = t0 + Duration.ofMinutes(8).toNanos();
        while (servedAt.size() < SERVICES.size() && System.nanoTime() < giveUp) {
            for (String service : SERVICES) {
                Long pid = pid(service);
                if (pid != null && !processStart.containsKey(service)) {
                    Instant started = processStart(pid);
                    if (started != null && !started.isBefore(wallT0.minusSeconds(1))) {
                        processStart.put(service, started);
                        processAt.put(service, seconds(Duration.between(wallT0, started).toNanos()));
                    }
                }
                if (!processStart.containsKey(service)) {
                    continue;
                }
                try {
                    if (!readyAt.containsKey(service)
                            && api.get(null, PORTS.get(service) + "/q/health/ready").status() == 200) {
                        readyAt.put(service, seconds(System.nanoTime() - t0));
                    }
                    if (!servedAt.containsKey(service) && api.get(Api.ADES, FIRST_REQUEST.get(service)).status() < 500) {
                        servedAt.put(service, seconds(System.nanoTime() - t0));
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet, or Keycloak not up yet
                }
            }
            if (!up.isAlive() && up.exitValue() != 0) {
                break;
            }
            Thread.sleep(100);
        }
        // Once the services serve, ./quads up only loads the demo data: give it three minutes, then go on.
        boolean finished = up.waitFor(3, java.util.concurrent.TimeUnit.MINUTES);
        json.put("quadsUpExit", finished ? up.exitValue() : -1);
        json.put("quadsUpSeconds", finished ? seconds(System.nanoTime() - t0) : -1);
        if (!finished) {
            json.put("quadsUpStillRunning", "./quads up was still loading the demo data 3 minutes after the "
                    + "services served; the run went on beside it");
        }
        double allReady = readyAt.size() == SERVICES.size()
                ? readyAt.values().stream().mapToDouble(Double::doubleValue).max().orElse(0) : -1;
        json.put("allServicesReadySeconds", allReady);
        ArrayNode services = json.putArray("services");
        for (String service : SERVICES) {
            ObjectNode s = services.addObject().put("name", service);
            Double p = processAt.get(service);
            Double r = readyAt.get(service);
            Double f = servedAt.get(service);
            if (p != null) {
                s.put("processStartedAtSeconds", p);
            }
            if (p != null && r != null) {
                s.put("processStartToReadySeconds", Series.round(r - p));
            }
            if (p != null && f != null) {
                s.put("processStartToFirstServedRequestSeconds", Series.round(f - p));
            }
        }
        json.put("note", "Seconds from the start of ./quads up (after ./quads down), polled every 100 ms. "
                + "quadsUpSeconds includes loading the demo data (idempotent); allServicesReadySeconds does not.");
        json.put("upLog", upLog.toString());
        return json;
    }

    /**
     * Each service stopped and started again on its own (./quads up with QUADS_SERVICES naming only it, the rest of
     * the stack up and idle): the time from its process's start to ready and to its first served authenticated
     * request, without the other services starting beside it on the same cores. With {@code profiles} (a folder),
     * each is then started once more under Java Flight Recorder, recorded from its process's start to its first
     * served request, to say where a start's time goes (the recording slows the start, so it is not timed), and
     * started a third time as it runs normally, so that what is measured next is not a recorded JVM.
     */
    ArrayNode aloneStarts(Api api, Path profiles) throws Exception {
        ArrayNode starts = Api.JSON.createArrayNode();
        for (String service : SERVICES) {
            ObjectNode row = starts.addObject().put("name", service);
            double[] timed = startAlone(api, service, null);
            putSeconds(row, "processStartToReadySeconds", timed[0]);
            putSeconds(row, "processStartToFirstServedRequestSeconds", timed[1]);
            if (profiles == null) {
                continue;
            }
            Long pid = pid(service);
            String options = pid == null ? null : launcherOptions(jvmOptions(pid));
            if (options == null) {
                row.putObject("startProfile").put("notTaken", "the service's JVM options could not be read");
                continue;
            }
            Files.createDirectories(profiles);
            Path file = profiles.resolve(service + "-start.jfr");
            double[] recorded = startAlone(api, service,
                    options + " -XX:StartFlightRecording=name=start,settings=profile,filename=" + file);
            Long recordedPid = pid(service);
            if (!Double.isNaN(recorded[1]) && recordedPid != null
                    && Profiler.jcmd(recordedPid, "JFR.dump", "name=start", "filename=" + file)
                    && Files.size(file) > 0) {
                ObjectNode summary = Profile.summarise(file);
                summary.put("recording", settings.root().relativize(file).toString());
                putSeconds(summary, "recordedProcessStartToFirstServedRequestSeconds", recorded[1]);
                row.set("startProfile", summary);
            } else {
                row.putObject("startProfile").put("notTaken", "the recorded start did not complete");
            }
            startAlone(api, service, null);
        }
        return starts;
    }

    /** The options ./quads takes in QUADS_SERVICE_JAVA_OPTS: the process's, less the class-data archive it adds. */
    static String launcherOptions(String processOptions) {
        if (processOptions == null || "unknown".equals(processOptions)) {
            return null;
        }
        return Stream.of(processOptions.split(" ")).filter(o -> !o.startsWith("-XX:SharedArchiveFile=")
                && !o.startsWith("-XX:ArchiveClassesAtExit=") && !o.startsWith("-XX:StartFlightRecording"))
                .collect(Collectors.joining(" "));
    }

    /**
     * Stops the service and starts it alone ({@code javaOptions}, if given, as QUADS_SERVICE_JAVA_OPTS); seconds
     * from its process's start to ready and to its first served authenticated request (NaN if not within 3 min).
     */
    private double[] startAlone(Api api, String service, String javaOptions) throws Exception {
        Path quads = settings.root().resolve("quads");
        Long old = pid(service);
        if (old != null) {
            ProcessHandle handle = ProcessHandle.of(old).orElse(null);
            if (handle != null) {
                handle.destroy();
                handle.onExit().get(90, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        Instant asked = Instant.now();
        ProcessBuilder builder = new ProcessBuilder(quads.toString(), "up").directory(settings.root().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("QUADS_SERVICES", service);
        if (javaOptions != null) {
            builder.environment().put("QUADS_SERVICE_JAVA_OPTS", javaOptions);
        }
        Process up = builder.start();
        Instant processStarted = null;
        double ready = Double.NaN;
        double served = Double.NaN;
        long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (Double.isNaN(served) && System.nanoTime() < giveUp) {
            Long pid = pid(service);
            if (processStarted == null && pid != null) {
                Instant started = processStart(pid);
                if (started != null && !started.isBefore(asked.minusSeconds(1))) {
                    processStarted = started;
                }
            }
            if (processStarted != null) {
                try {
                    if (Double.isNaN(ready) && api.get(null, PORTS.get(service) + "/q/health/ready").status() == 200) {
                        ready = Duration.between(processStarted, Instant.now()).toMillis() / 1000.0;
                    }
                    if (!Double.isNaN(ready) && api.get(Api.ADES, FIRST_REQUEST.get(service)).status() < 500) {
                        served = Duration.between(processStarted, Instant.now()).toMillis() / 1000.0;
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
            }
            Thread.sleep(50);
        }
        up.waitFor(3, java.util.concurrent.TimeUnit.MINUTES);
        return new double[] { ready, served };
    }

    private static void putSeconds(ObjectNode into, String field, double seconds) {
        if (!Double.isNaN(seconds)) {
            into.put(field, Series.round(seconds));
        }
    }

    private static double seconds(long nanos) {
        return Series.round(nanos / 1e9);
    }
}
