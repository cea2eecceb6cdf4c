package scot.quads.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every command in the README and docs/*.md refers to something that exists, so that a reader who copies one gets
 * what the text promises: ./quads's subcommands and options, ./mvnw's modules, profiles and files, the repository's
 * scripts and the options they take, and each curl call's method and path as one of the services' (or the portal's)
 * JAX-RS resources answers it. The commands that start a stack run in CI (.ci/run: smoke, browser tests, faults);
 * this test checks the rest, and names each command it cannot place.
 */
class DocsCommandsTest {

    static final Map<String, String> MODULE_OF_PORT = Map.of(
            "8080", "portal", "8081", "authority-service", "8082", "rubric-service", "8083", "quad-service",
            "8084", "notification-service");
    /** Programs from elsewhere the docs may call: the PostgreSQL client tools, jq and the shell's own words. */
    static final Set<String> EXTERNAL = Set.of("pg_dump", "pg_restore", "jq", "for", "do", "done", "cd");
    static final Set<String> QUADS_COMMANDS = Set.of("up", "down", "status", "logs", "help");
    static final Set<String> QUADS_OPTIONS = Set.of("--build", "--infra-only", "--instances");

    static Path root;
    static final Map<String, List<Route>> ROUTES = new LinkedHashMap<>();

    record Route(String method, Pattern path, String template) {
    }

    record Command(String file, String text, List<String> words) {
    }

    @BeforeAll
    static void readRoutes() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("quads"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root").isNotNull();
        root = dir;
        List<Route> shared = routes(root.resolve("service-support/src/main/java"));
        for (String module : MODULE_OF_PORT.values()) {
            List<Route> routes = routes(root.resolve(module).resolve("src/main/java"));
            if (!module.equals("portal")) {
                routes.addAll(shared);
            }
            ROUTES.put(module, routes);
        }
    }

    @Test
    void everyCommandInTheDocsNamesSomethingThatExists() throws IOException {
        List<Command> commands = commands();
        assertThat(commands).as("commands found in README.md and docs/").hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        for (Command command : commands) {
            String problem = check(command.words());
            if (problem != null) {
                problems.add(command.file() + ": " + problem + "\n    " + command.text());
            }
        }
        assertThat(problems).as("commands that name something that does not exist").isEmpty();
    }

    @Test
    void aWrongCommandIsCaught() {
        assertThat(check(words("./quads start"))).contains("start");
        assertThat(check(words("./mvnw -pl no-such-module verify"))).contains("no-such-module");
        assertThat(check(words("curl -s http://127.0.0.1:8082/cycles/$CYCLE/no-such-thing"))).contains("no-such-thing");
        assertThat(check(words("curl -s -X DELETE http://127.0.0.1:8082/cycles/$CYCLE"))).contains("DELETE");
        assertThat(check(words("deploy/local/no-such-script"))).contains("no-such-script");
        assertThat(check(words("curl -s -X POST http://127.0.0.1:8082/cycles/$CYCLE/evaluations/S12000047/submit")))
                .isNull();
    }

    // ------------------------------------------------------------------------------------------ the checks

    String check(List<String> words) {
        List<String> rest = new ArrayList<>(words);
        while (!rest.isEmpty() && rest.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            String assignment = rest.remove(0);
            Matcher inner = Pattern.compile("^[A-Za-z_]+=\\$\\((.*)\\)$", Pattern.DOTALL).matcher(assignment);
            if (inner.find()) {
                String problem = check(words(inner.group(1)));
                if (problem != null) {
                    return problem;
                }
            }
        }
        if (rest.isEmpty()) {
            return null;
        }
        String program = rest.get(0);
        List<String> args = rest.subList(1, rest.size());
        switch (program) {
            case "./quads":
                return quads(args);
            case "./mvnw":
                return mvnw(args);
            case "curl":
                return curl(args);
            case "java":
                return java(args);
            case "flock":
                return args.size() < 2 ? "flock needs a lock file and a command" : check(args.subList(1, args.size()));
            default:
                if (program.equals("bash") && args.size() == 2 && args.get(0).equals("-c")) {
                    for (List<String> part : split(args.get(1))) {
                        String problem = check(part);
                        if (problem != null) {
                            return problem;
                        }
                    }
                    return null;
                }
                if (EXTERNAL.contains(program)) {
                    return null;
                }
                if (program.contains("/")) {
                    return script(program, args);
                }
                return "an unknown program: " + program;
        }
    }

    private String quads(List<String> args) {
        if (args.isEmpty()) {
            return null;
        }
        if (!QUADS_COMMANDS.contains(args.get(0))) {
            return "./quads has no command " + args.get(0);
        }
        for (String arg : args.subList(1, args.size())) {
            if (arg.startsWith("--") && !QUADS_OPTIONS.contains(arg)) {
                return "./quads has no option " + arg;
            }
        }
        return null;
    }

    private String mvnw(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-pl") && i + 1 < args.size()) {
                for (String module : args.get(i + 1).split(",")) {
                    if (!Files.exists(root.resolve(module).resolve("pom.xml"))) {
                        return "no module " + module;
                    }
                }
            }
            if (arg.equals("-f") && i + 1 < args.size() && !Files.exists(root.resolve(args.get(i + 1)))) {
                return "no file " + args.get(i + 1);
            }
            if (arg.startsWith("-P") && !profileExists(arg.substring(2))) {
                return "no Maven profile " + arg.substring(2);
            }
        }
        return null;
    }

    private boolean profileExists(String id) {
        try (Stream<Path> poms = Files.walk(root, 2)) {
            return poms.filter(p -> p.getFileName().toString().equals("pom.xml")).anyMatch(p -> {
                try {
                    return Files.readString(p).contains("<id>" + id + "</id>");
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    private String java(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-jar") && i + 1 < args.size()) {
                String module = args.get(i + 1).split("/")[0];
                if (!Files.exists(root.resolve(module).resolve("pom.xml"))) {
                    return "no module builds " + args.get(i + 1);
                }
            }
        }
        return null;
    }

    private String script(String program, List<String> args) {
        Path file = root.resolve(program);
        if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
            return "no executable " + program;
        }
        try {
            String text = Files.readString(file);
            for (String arg : args) {
                if (arg.startsWith("--") && !text.contains(arg.split("=")[0])) {
                    return program + " takes no option " + arg;
                }
            }
        } catch (IOException e) {
            return "cannot read " + program;
        }
        return null;
    }

    private String curl(List<String> args) {
        String method = null;
        boolean body = false;
        String url = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-X") && i + 1 < args.size()) {
                method = args.get(++i);
            } else if (Set.of("-d", "--data", "--data-binary", "-F").contains(arg) && i + 1 < args.size()) {
                body = true;
                String value = args.get(++i);
                String file = value.contains("=@") ? value.substring(value.indexOf("=@") + 2)
                        : value.startsWith("@") ? value.substring(1) : null;
                if (file != null && file.contains("/") && !file.startsWith("$") && !Files.exists(root.resolve(file))) {
                    return "no file " + file;
                }
            } else if (arg.startsWith("http://") || arg.startsWith("https://")) {
                url = arg;
            } else if (Set.of("-H", "-o", "--header").contains(arg)) {
                i++;
            }
        }
        if (url == null) {
            return "a curl call without an address";
        }
        if (method == null) {
            method = body ? "POST" : "GET";
        }
        Matcher address = Pattern.compile("^https?://(?:127\\.0\\.0\\.1|localhost):(\\d+)(/[^?#]*)?").matcher(url);
        if (!address.find()) {
            return "an address off this machine: " + url;
        }
        String port = address.group(1);
        String path = address.group(2) == null ? "/" : address.group(2);
        if (port.equals("8180")) {
            return path.startsWith("/realms/quads/") || path.startsWith("/admin") ? null : "not the quads realm: " + url;
        }
        if (port.equals("3080")) {
            return path.startsWith("/api/") ? null : "not GreenMail's API: " + url;
        }
        String module = MODULE_OF_PORT.get(port);
        if (module == null) {
            return "no service on port " + port;
        }
        if (path.startsWith("/q/")) {
            return null;
        }
        boolean pathKnown = false;
        for (Route route : ROUTES.get(module)) {
            if (route.path().matcher(path).matches()) {
                pathKnown = true;
                if (route.method().equals(method)) {
                    return null;
                }
            }
        }
        return pathKnown ? module + " does not answer " + method + " " + path : module + " has no path " + path;
    }

    // ------------------------------------------------------------------------------------------ reading

    /** Every command of every sh block in README.md and docs/*.md, continued lines joined, comments dropped. */
    static List<Command> commands() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Command> commands = new ArrayList<>();
        Pattern block = Pattern.compile("```(?:sh|bash|shell)\\n(.*?)```", Pattern.DOTALL);
        for (Path file : files) {
            Matcher blocks = block.matcher(Files.readString(file));
            while (blocks.find()) {
                String text = blocks.group(1).replace("\\\n", " ");
                StringBuilder pending = new StringBuilder();
                for (String line : text.split("\n")) {
                    if (pending.isEmpty() && (line.isBlank() || line.strip().startsWith("#"))) {
                        continue;
                    }
                    pending.append(pending.isEmpty() ? "" : "\n").append(line);
                    if (quotesOpen(pending.toString())) {
                        continue;
                    }
                    for (List<String> words : split(pending.toString())) {
                        commands.add(new Command(root.relativize(file).toString(), pending.toString().strip(), words));
                    }
                    pending.setLength(0);
                }
            }
        }
        return commands;
    }

    private static boolean quotesOpen(String text) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '\\' && !single) {
                i++;
            }
        }
        return single || dbl;
    }

    static List<String> words(String text) {
        List<List<String>> parts = split(text);
        return parts.isEmpty() ? List.of() : parts.get(0);
    }

    /**
     * A line as the shell would split it into simple commands (at ; && || and |) and words (quotes removed), up to an
     * unquoted #; $(...) is kept whole inside its word.
     */
    static List<List<String>> split(String text) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                word.append(text, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int end = i + 1;
                while (text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                word.append(text, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
                int depth = 0;
                int end = i + 1;
                for (; end < text.length(); end++) {
                    if (text.charAt(end) == '(') {
                        depth++;
                    } else if (text.charAt(end) == ')' && --depth == 0) {
                        break;
                    }
                }
                word.append(text, i, end + 1);
                i = end;
                inWord = true;
            } else if (c == '#' && !inWord) {
                break;
            } else if (Character.isWhitespace(c) || c == ';' || c == '|' || c == '&') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if ((c == ';' || c == '|' || c == '&') && !words.isEmpty()) {
                    commands.add(words);
                    words = new ArrayList<>();
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            commands.add(words);
        }
        return commands;
    }

    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern METHOD = Pattern.compile("@(GET|POST|PUT|PATCH|DELETE)\\b");
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(public|protected|private)?\\s*[\\w.<>\\[\\], ?]+\\s+\\w+\\s*\\(");

    /** The JAX-RS resources' routes under a source folder: each class's @Path joined with its methods'. */
    static List<Route> routes(Path sources) throws IOException {
        List<Route> routes = new ArrayList<>();
        if (!Files.isDirectory(sources)) {
            return routes;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String base = null;
                String method = null;
                String sub = "";
                boolean seenClass = false;
                for (String line : Files.readAllLines(file)) {
                    Matcher path = PATH.matcher(line);
                    Matcher http = METHOD.matcher(line);
                    if (!seenClass) {
                        if (path.find()) {
                            base = path.group(1);
                        }
                        String code = line.strip();
                        seenClass = !code.startsWith("*") && !code.startsWith("/")
                                && code.matches(".*\\b(class|interface|record)\\s+\\w+.*");
                        continue;
                    }
                    if (path.find()) {
                        sub = path.group(1);
                    }
                    if (http.find()) {
                        method = http.group(1);
                    }
                    if (method != null && !line.strip().startsWith("@") && DECLARATION.matcher(line).find()) {
                        String template = join(base == null ? "" : base, sub);
                        routes.add(new Route(method, Pattern.compile(regex(template)), template));
                        method = null;
                        sub = "";
                    } else if (method == null && !line.strip().startsWith("@") && DECLARATION.matcher(line).find()) {
                        sub = "";
                    }
                }
            }
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = Pattern.compile("\\{[^}]*}").matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start()))).append("[^/]+");
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return regex + "/?";
    }
}
