package scot.quads.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a service spent its time on while a scenario ran, read from a Java Flight Recorder recording (the JDK's
 * "profile" settings): where its CPU went by thread (request workers, event loops, the JIT compilers, the garbage
 * collector, Kafka, ...), which library its sampled Java stacks were in (the innermost one we know: JDBC driver,
 * Hibernate, JSON, token checks, ...), its hottest methods, its garbage collections and the longest waits for a
 * lock or a pooled connection. These are what explain a missed latency target, rather than a guess from ratios.
 */
final class Profile {

    /** Innermost-first: a sample belongs to the first of these a frame of its stack is in, counting from the leaf. */
    private static final List<Map.Entry<String, String>> LAYERS = List.of(
            Map.entry("org.postgresql.", "PostgreSQL JDBC driver"),
            Map.entry("io.agroal.", "connection pool (Agroal)"),
            Map.entry("com.arjuna.", "transactions (Narayana)"),
            Map.entry("io.quarkus.narayana.", "transactions (Narayana)"),
            Map.entry("org.jose4j.", "token verification (jose4j)"),
            Map.entry("io.smallrye.jwt.", "token verification (jose4j)"),
            Map.entry("io.quarkus.oidc.", "token verification (OIDC)"),
            Map.entry("com.fasterxml.jackson.", "JSON (Jackson)"),
            Map.entry("io.vertx.core.json.", "JSON (Jackson)"),
            Map.entry("org.hibernate.validator.", "validation (Hibernate Validator)"),
            Map.entry("org.hibernate.", "Hibernate ORM"),
            Map.entry("io.quarkus.hibernate.", "Hibernate ORM"),
            Map.entry("org.apache.kafka.", "Kafka client"),
            Map.entry("io.smallrye.reactive.messaging.", "reactive messaging"),
            Map.entry("org.jboss.logging.", "logging"),
            Map.entry("org.jboss.logmanager.", "logging"),
            Map.entry("io.micrometer.", "metrics (Micrometer)"),
            Map.entry("scot.quads.", "Quads code"),
            Map.entry("org.jboss.resteasy.reactive.", "REST (RESTEasy Reactive)"),
            Map.entry("io.quarkus.resteasy.reactive.", "REST (RESTEasy Reactive)"),
            Map.entry("io.quarkus.arc.", "CDI (ArC)"),
            Map.entry("io.vertx.", "HTTP (Vert.x/Netty)"),
            Map.entry("io.netty.", "HTTP (Vert.x/Netty)"),
            Map.entry("io.quarkus.vertx.", "HTTP (Vert.x/Netty)"),
            Map.entry("org.jboss.threads.", "worker threads"));

    private Profile() {
    }

    /** The JSON summary of one recording. */
    static ObjectNode summarise(Path recording) throws IOException {
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> methods = new HashMap<>();
        Map<String, double[]> threadCpu = new HashMap<>();
        Map<String, Double> waits = new HashMap<>();
        Map<String, Integer> waitCounts = new HashMap<>();
        int samples = 0;
        long gcCount = 0;
        long gcPauseNanos = 0;
        long gcLongestNanos = 0;
        double processCpuSum = 0;
        double machineCpuSum = 0;
        int cpuReadings = 0;
        long compileNanos = 0;
        long classesLoaded = -1;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        layers.merge(layerOf(stack), 1, Integer::sum);
                        methods.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                    }
                    case "jdk.ThreadCPULoad" -> {
                        RecordedThread thread = event.getThread();
                        String group = threadGroup(thread == null ? "?" : thread.getJavaName() != null
                                ? thread.getJavaName() : thread.getOSName());
                        threadCpu.computeIfAbsent(group, g -> new double[2])[0] += event.getFloat("user")
                                + event.getFloat("system");
                        threadCpu.get(group)[1]++;
                    }
                    case "jdk.CPULoad" -> {
                        processCpuSum += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        machineCpuSum += event.getFloat("machineTotal");
                        cpuReadings++;
                    }
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        long pause = event.getDuration("sumOfPauses").toNanos();
                        gcPauseNanos += pause;
                        gcLongestNanos = Math.max(gcLongestNanos, event.getDuration("longestPause").toNanos());
                    }
                    case "jdk.Compilation" -> compileNanos += event.getDuration().toNanos();
                    case "jdk.ClassLoadingStatistics" -> classesLoaded = Math.max(classesLoaded,
                            event.getLong("loadedClassCount"));
                    case "jdk.ThreadPark", "jdk.JavaMonitorEnter" -> {
                        String where = firstOwnOrLibraryFrame(event.getStackTrace());
                        String key = (event.getEventType().getName().endsWith("Park") ? "park in " : "lock in ")
                                + where;
                        waits.merge(key, event.getDuration().toNanos() / 1e6, Double::sum);
                        waitCounts.merge(key, 1, Integer::sum);
                    }
                    default -> {
                    }
                }
            }
        }
        ObjectNode json = Api.JSON.createObjectNode();
        json.put("executionSamples", samples);
        if (cpuReadings > 0) {
            json.put("processCpuPercentOfMachine", Series.round(100 * processCpuSum / cpuReadings));
            json.put("machineCpuPercent", Series.round(100 * machineCpuSum / cpuReadings));
        }
        ArrayNode byThread = json.putArray("cpuByThread");
        double cpuTotal = threadCpu.values().stream().mapToDouble(v -> v[0]).sum();
        threadCpu.entrySet().stream().sorted(Comparator.comparingDouble(e -> -e.getValue()[0])).limit(8)
                .forEach(e -> byThread.addObject().put("threads", e.getKey())
                        .put("share", Series.round(100 * e.getValue()[0] / Math.max(1e-9, cpuTotal))));
        json.set("javaSamplesByLayer", shares(layers, samples, 12));
        json.set("hottestMethods", shares(methods, samples, 10));
        json.putObject("gc").put("collections", gcCount).put("pauseTotalMs", Series.round(gcPauseNanos / 1e6))
                .put("longestPauseMs", Series.round(gcLongestNanos / 1e6));
        json.put("jitCompilationMs", Series.round(compileNanos / 1e6));
        if (classesLoaded >= 0) {
            json.put("classesLoaded", classesLoaded);
        }
        ArrayNode longest = json.putArray("waits");
        waits.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(6)
                .forEach(e -> longest.addObject().put("where", e.getKey()).put("count", waitCounts.get(e.getKey()))
                        .put("totalMs", Series.round(e.getValue())));
        return json;
    }

    private static ArrayNode shares(Map<String, Integer> counts, int total, int limit) {
        ArrayNode array = Api.JSON.createArrayNode();
        counts.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).limit(limit)
                .forEach(e -> array.addObject().put("name", e.getKey())
                        .put("share", Series.round(100.0 * e.getValue() / Math.max(1, total))));
        return array;
    }

    static String layerOf(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> layer : LAYERS) {
                if (type.startsWith(layer.getKey())) {
                    return layer.getValue();
                }
            }
        }
        return "JDK and other";
    }

    /** Thread names without their numbers: "executor-thread-12" and "executor-thread-3" are one group. */
    static String threadGroup(String name) {
        if (name.startsWith("C2 CompilerThread") || name.startsWith("C1 CompilerThread")) {
            return "JIT compiler";
        }
        if (name.equals("VM Thread") || name.startsWith("GC ") || name.startsWith("VM Periodic")) {
            return "GC and VM";
        }
        return name.replaceAll("[-_ #]?\\d+", "").replaceAll("[-_ ]+$", "");
    }

    /** Where a thread waited: the first frame outside the JDK's locking classes. */
    private static String firstOwnOrLibraryFrame(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return name(frame);
            }
        }
        return stack.getFrames().isEmpty() ? "?" : name(stack.getFrames().get(0));
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    /** For a look at recordings made by hand: bench/run's classpath, then {@code Profile file.jfr...}. */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            System.out.println(arg + ":\n" + Api.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(summarise(Path.of(arg))));
        }
    }
}
