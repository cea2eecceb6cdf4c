package scot.quads.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's knobs, from {@code --name=value} arguments. Defaults are the scenario (200 editors); {@code --quick}
 * shrinks every scenario for a development run on a busy machine.
 */
record Settings(
        int editors,
        int savesPerQuestion,
        int thinkMs,
        int e2eSubmissions,
        int readsPerSecond,
        int readsSeconds,
        int kafkaMessages,
        int floorConnections,
        int questions,
        boolean coldStart,
        boolean quick,
        boolean warmUp,
        boolean profile,
        String keycloak,
        Path framework,
        Path results,
        Path quadsHome,
        Path root,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        String kafka,
        String note,
        String scale,
        List<Integer> scaleSizes,
        int scaleCycles,
        int scaleQuestions,
        int scaleReadsPerSecond,
        int scaleReadsSeconds,
        int scaleAlone,
        String portal,
        boolean portalPages,
        int portalUsers,
        int portalSeconds,
        int portalThinkMs,
        boolean exportsIncluded,
        int exports,
        boolean trend,
        List<Integer> trendCycles,
        int trendOrganisations,
        int trendReadsPerSecond,
        int trendReadsSeconds,
        boolean evidence) {

    /** {@link #scale}: the scale scenario alone ({@code --scale}), within the full run, or left out. */
    static final String SCALE_ONLY = "only";
    static final String SCALE_INCLUDED = "included";
    static final String SCALE_SKIPPED = "skipped";

    static final String USAGE = """
            usage: bench/run [--quick] [--cold-start] [--editors=200] [--questions=200] [--saves=3] [--think-ms=1000]
                             [--e2e=30] [--reads-per-second=100] [--reads-seconds=20] [--kafka-messages=500]
                             [--floor-connections=20] [--note="why this run"] [--no-scale]
                             [--no-warm-up] [--no-profile]
                             [--scale-sizes=32,320,2500] [--scale-cycles=5] [--scale-questions=200]
                             [--scale-reads-per-second=20] [--scale-reads-seconds=10] [--scale-alone=20]
                             [--no-portal] [--portal=http://127.0.0.1:8080] [--portal-users=20] [--portal-seconds=30]
                             [--portal-think-ms=1000] [--no-exports] [--exports=5]
                             [--no-trend] [--trend-cycles=5,50] [--trend-organisations=8]
                             [--trend-reads-per-second=10] [--trend-reads-seconds=15] [--no-evidence]
                   bench/run --scale [--scale-sizes=...] ...   (the scale scenario alone)
            """;

    static Settings parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
            int eq = arg.indexOf('=');
            given.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        boolean quick = Boolean.parseBoolean(given.remove("quick"));
        boolean scaleOnly = Boolean.parseBoolean(given.remove("scale"));
        boolean noScale = Boolean.parseBoolean(given.remove("no-scale"));
        boolean noPortal = Boolean.parseBoolean(given.remove("no-portal"));
        boolean noExports = Boolean.parseBoolean(given.remove("no-exports"));
        boolean noTrend = Boolean.parseBoolean(given.remove("no-trend"));
        boolean noEvidence = Boolean.parseBoolean(given.remove("no-evidence"));
        if (scaleOnly && noScale) {
            throw new IllegalArgumentException("--scale and --no-scale exclude each other\n" + USAGE);
        }
        Path root = Path.of(given.getOrDefault("root", ".")).toAbsolutePath().normalize();
        given.remove("root");
        Settings settings = new Settings(
                number(given, "editors", quick ? 32 : 200),
                number(given, "saves", quick ? 1 : 3),
                number(given, "think-ms", quick ? 200 : 1000),
                number(given, "e2e", quick ? 5 : 30),
                number(given, "reads-per-second", quick ? 20 : 100),
                number(given, "reads-seconds", quick ? 5 : 20),
                number(given, "kafka-messages", quick ? 100 : 500),
                number(given, "floor-connections", 20),
                number(given, "questions", quick ? 58 : 200),
                Boolean.parseBoolean(given.remove("cold-start")),
                quick,
                // --no-warm-up is taken (and so known) with --quick too, where there is no warm-up anyway.
                !Boolean.parseBoolean(given.remove("no-warm-up")) && !quick,
                !Boolean.parseBoolean(given.remove("no-profile")),
                text(given, "keycloak", System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180")),
                root.resolve(text(given, "framework", "rubric-service/src/main/resources/seed/demo-framework.json")),
                root.resolve(text(given, "results", "bench/results")),
                root.resolve(text(given, "quads-home", ".quads")),
                root,
                text(given, "jdbc-url", "jdbc:postgresql://127.0.0.1:15432/rubric"),
                text(given, "jdbc-user", "quads"),
                text(given, "jdbc-password", "quads"),
                text(given, "kafka", "127.0.0.1:9092"),
                text(given, "note", ""),
                scaleOnly ? SCALE_ONLY : noScale ? SCALE_SKIPPED : SCALE_INCLUDED,
                sizes(text(given, "scale-sizes", quick ? "32,320" : "32,320,2500")),
                number(given, "scale-cycles", 5),
                number(given, "scale-questions", 200),
                number(given, "scale-reads-per-second", 20),
                number(given, "scale-reads-seconds", quick ? 5 : 10),
                number(given, "scale-alone", quick ? 5 : 20),
                text(given, "portal", "http://127.0.0.1:8080").replaceFirst("/+$", ""),
                !noPortal,
                number(given, "portal-users", 20),
                number(given, "portal-seconds", quick ? 10 : 30),
                number(given, "portal-think-ms", 1000),
                !noExports,
                number(given, "exports", quick ? 3 : 5),
                !noTrend,
                trendCycles(text(given, "trend-cycles", "5,50")),
                number(given, "trend-organisations", quick ? 4 : 8),
                number(given, "trend-reads-per-second", 10),
                number(given, "trend-reads-seconds", quick ? 5 : 15),
                !noEvidence);
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) " + given.keySet() + "\n" + USAGE);
        }
        if (settings.editors < 1 || settings.savesPerQuestion < 1 || settings.readsPerSecond < 1
                || settings.questions < 2) {
            throw new IllegalArgumentException("--editors, --saves and --reads-per-second must be at least 1, "
                    + "--questions at least 2");
        }
        if (settings.scaleCycles < 1 || settings.scaleQuestions < 1 || settings.scaleReadsPerSecond < 1
                || settings.scaleReadsSeconds < 1 || settings.scaleAlone < 0) {
            throw new IllegalArgumentException("--scale-cycles, --scale-questions, --scale-reads-per-second and "
                    + "--scale-reads-seconds must be at least 1 (--scale-alone at least 0)");
        }
        if (settings.portalUsers < 1 || settings.portalSeconds < 1 || settings.portalThinkMs < 0
                || settings.exports < 1 || settings.trendOrganisations < 1 || settings.trendReadsPerSecond < 1
                || settings.trendReadsSeconds < 1) {
            throw new IllegalArgumentException("--portal-users, --portal-seconds, --exports, --trend-organisations, "
                    + "--trend-reads-per-second and --trend-reads-seconds must be at least 1 (--portal-think-ms at "
                    + "least 0)");
        }
        return settings;
    }

    /**
     * The warm-up's questions, at most: on 100 of them the warm-up is about a minute of the rush (a quick warm-up of
     * 1,900 saves left rubric-service's CPU per save still falling by a fifth from one run to the next).
     */
    static final int WARM_UP_QUESTIONS = 100;

    /**
     * The warm-up before a measured run: its scenarios on a cycle of their own, at this run's editors, saves, think
     * time and read rate, on at most {@link #WARM_UP_QUESTIONS} questions with short reads, 10 s of the portal's
     * pages and two exports of each kind (no scale, no trend); not profiled, not written.
     */
    Settings forWarmUp() {
        List<String> args = new ArrayList<>(List.of("--editors=" + editors,
                "--questions=" + Math.min(questions, WARM_UP_QUESTIONS), "--saves=" + savesPerQuestion,
                "--think-ms=" + thinkMs, "--e2e=5", "--reads-per-second=" + readsPerSecond, "--reads-seconds=10",
                "--no-scale", "--no-profile", "--no-warm-up", "--root=" + root,
                "--keycloak=" + keycloak, "--framework=" + framework, "--results=" + results,
                "--quads-home=" + quadsHome, "--jdbc-url=" + jdbcUrl, "--jdbc-user=" + jdbcUser,
                "--jdbc-password=" + jdbcPassword, "--kafka=" + kafka, "--no-trend", "--portal=" + portal,
                "--portal-users=" + portalUsers, "--portal-seconds=10", "--portal-think-ms=" + portalThinkMs,
                "--exports=2", "--no-evidence"));
        if (!portalPages) {
            args.add("--no-portal");
        }
        if (!exportsIncluded) {
            args.add("--no-exports");
        }
        return parse(args.toArray(String[]::new));
    }

    ObjectNode toJson() {
        ObjectNode json = Api.JSON.createObjectNode();
        json.put("editors", editors).put("savesPerQuestion", savesPerQuestion).put("thinkMs", thinkMs)
                .put("e2eSubmissions", e2eSubmissions).put("readsPerSecond", readsPerSecond)
                .put("readsSeconds", readsSeconds).put("kafkaMessages", kafkaMessages)
                .put("floorConnections", floorConnections).put("questions", questions).put("coldStart", coldStart).put("quick", quick)
                .put("warmUp", warmUp).put("profile", profile)
                .put("note", note).put("scale", scale).put("scaleCycles", scaleCycles)
                .put("scaleQuestions", scaleQuestions).put("scaleReadsPerSecond", scaleReadsPerSecond)
                .put("scaleReadsSeconds", scaleReadsSeconds).put("scaleAlone", scaleAlone);
        scaleSizes.forEach(json.putArray("scaleSizes")::add);
        json.put("portal", portal).put("portalPages", portalPages).put("portalUsers", portalUsers)
                .put("portalSeconds", portalSeconds).put("portalThinkMs", portalThinkMs)
                .put("exportsIncluded", exportsIncluded).put("exports", exports).put("trend", trend)
                .put("trendOrganisations", trendOrganisations).put("trendReadsPerSecond", trendReadsPerSecond)
                .put("trendReadsSeconds", trendReadsSeconds).put("evidence", evidence);
        trendCycles.forEach(json.putArray("trendCycles")::add);
        return json;
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        String value = given.remove(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
        }
    }

    /** Organisation counts, ascending, each at least 4 (one quad). */
    static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : value.split(",")) {
            int size;
            try {
                size = Integer.parseInt(part.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--scale-sizes must be whole numbers separated by commas, not "
                        + value);
            }
            if (size < 4) {
                throw new IllegalArgumentException("--scale-sizes: each size must be at least 4 (one quad), not "
                        + size);
            }
            if (!sizes.contains(size)) {
                sizes.add(size);
            }
        }
        sizes.sort(Integer::compare);
        return List.copyOf(sizes);
    }

    /** The trend's two cycle counts, fewer first: at least 1, and the second more than the first. */
    static List<Integer> trendCycles(String value) {
        String[] parts = value.split(",");
        try {
            if (parts.length == 2) {
                int fewer = Integer.parseInt(parts[0].trim());
                int more = Integer.parseInt(parts[1].trim());
                if (fewer >= 1 && more > fewer) {
                    return List.of(fewer, more);
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--trend-cycles must be two whole numbers, fewer first (such as 5,50), "
                + "not " + value);
    }

    private static String text(Map<String, String> given, String name, String fallback) {
        String value = given.remove(name);
        return value == null ? fallback : value;
    }
}
