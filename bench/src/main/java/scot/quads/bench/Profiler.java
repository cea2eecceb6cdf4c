package scot.quads.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Takes a Java Flight Recorder recording of every running service while a scenario runs (started and dumped with
 * the JDK's {@code jcmd}, the JDK's "profile" settings) and puts each one's {@link Profile} into the scenario. The
 * recordings themselves stay under {@code .quads/bench-profiles/<run>/}, to open in JDK Mission Control. Without a
 * {@code jcmd} (a JRE), or with {@code --no-profile}, the scenario says that it has no profile.
 */
final class Profiler {

    private final Footprint footprint;
    private final Path root;
    private final Path directory;
    private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    private final boolean enabled;
    /** Why a scenario has no profile, when this profiler records nothing. */
    private final String notTaken;
    private final Map<String, Long> recording = new LinkedHashMap<>();

    Profiler(Settings settings, Footprint footprint, String run) {
        this.footprint = footprint;
        this.root = settings.root();
        this.directory = settings.quadsHome().resolve("bench-profiles").resolve(run);
        this.enabled = settings.profile() && available();
        this.notTaken = !settings.profile() ? "left out of this run (--no-profile)"
                : "no jcmd beside this JVM (" + JCMD + "): run the benchmark with a JDK";
    }

    private Profiler(Profiler of, String notTaken) {
        this.footprint = of.footprint;
        this.root = of.root;
        this.directory = of.directory;
        this.enabled = false;
        this.notTaken = notTaken;
    }

    /** One that records nothing, its scenarios saying why: for the measured pass, when a profiled one follows. */
    Profiler off(String why) {
        return new Profiler(this, why);
    }

    boolean enabled() {
        return enabled;
    }

    /** What is recorded: the four services, and the portal, whose pages are a scenario of their own. */
    static final List<String> RECORDED = List.of("authority-service", "rubric-service", "quad-service",
            "notification-service", "portal");

    /** Starts a recording named after the scenario in every running service (and the portal). */
    void start(String scenario) {
        recording.clear();
        if (!enabled) {
            return;
        }
        for (String service : RECORDED) {
            Long pid = footprint.pid(service);
            if (pid != null && jcmd(pid, "JFR.start", "name=bench-" + scenario, "settings=profile")) {
                recording.put(service, pid);
            }
        }
    }

    /** Stops the recordings and adds their summaries to the scenario (or why there are none). */
    void stop(Scenario scenario) {
        ObjectNode profiles = Api.JSON.createObjectNode();
        if (!enabled) {
            profiles.put("notTaken", notTaken);
            scenario.extra.set("profiles", profiles);
            return;
        }
        for (Map.Entry<String, Long> service : recording.entrySet()) {
            Path file = directory.resolve(scenario.id + "-" + service.getKey() + ".jfr");
            try {
                Files.createDirectories(directory);
                String name = "name=bench-" + scenario.id;
                if (jcmd(service.getValue(), "JFR.dump", name, "filename=" + file)
                        && jcmd(service.getValue(), "JFR.stop", name) && Files.size(file) > 0) {
                    profiles.set(service.getKey(), Profile.summarise(file).put("recording",
                            root.relativize(file).toString()));
                } else {
                    profiles.putObject(service.getKey()).put("notTaken", "jcmd could not dump the recording");
                }
            } catch (IOException | RuntimeException e) {
                profiles.putObject(service.getKey()).put("notTaken", "the recording could not be read: " + e);
            }
        }
        recording.clear();
        scenario.extra.set("profiles", profiles);
    }

    /** Whether this JDK has jcmd, which starts and dumps the recordings. */
    static boolean available() {
        return Files.isExecutable(JCMD);
    }

    /** Runs a jcmd command in the process; whether it succeeded within a minute. */
    static boolean jcmd(long pid, String... command) {
        List<String> args = new ArrayList<>(List.of(JCMD.toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(args).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
