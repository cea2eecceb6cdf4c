package scot.quads.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture diagram in docs/architecture.md stays true to the code: every topic is drawn, the arrows into a
 * topic carry exactly its events from the catalogue, and the arrows out of it go to exactly the services that read
 * it (their application.properties' incoming channels). An engineer who adds an event or a consumer sees this fail
 * until the picture says so too.
 */
class ArchitectureDiagramTest {

    private static final Pattern TOPIC_NODE = Pattern.compile("^\\s*(\\w+)\\[\\(\"([a-z.-]+)\"\\)\\]\\s*$");
    private static final Pattern SERVICE_NODE = Pattern.compile("^\\s*(\\w+)\\[\"([a-z]+-service) :");
    private static final Pattern INTO_TOPIC = Pattern.compile("^\\s*\\w+ -->\\|\"([^\"]+)\"\\| (\\w+)\\s*$");
    private static final Pattern OUT_OF_TOPIC = Pattern.compile("^\\s*(\\w+) --> (.+)$");
    private static final Pattern INCOMING = Pattern.compile("^mp\\.messaging\\.incoming\\.[^.=]+\\.topic=(\\S+)",
            Pattern.MULTILINE);

    @Test
    void theDiagramDrawsEveryTopicWithItsEventsAndReaders() throws Exception {
        Path root = repositoryRoot();
        List<String> diagram = mermaid(Files.readString(root.resolve("docs/architecture.md")));

        Map<String, String> topicOfNode = new TreeMap<>();
        Map<String, String> serviceOfNode = new TreeMap<>();
        for (String line : diagram) {
            Matcher topic = TOPIC_NODE.matcher(line);
            if (topic.find()) {
                topicOfNode.put(topic.group(1), topic.group(2));
            }
            Matcher service = SERVICE_NODE.matcher(line);
            if (service.find()) {
                serviceOfNode.put(service.group(1), service.group(2));
            }
        }
        assertThat(new TreeSet<>(topicOfNode.values())).as("topics drawn").isEqualTo(catalogueTopics());

        Map<String, Set<String>> drawnEvents = new TreeMap<>();
        Map<String, Set<String>> drawnReaders = new TreeMap<>();
        for (String line : diagram) {
            Matcher into = INTO_TOPIC.matcher(line);
            if (into.find() && topicOfNode.containsKey(into.group(2))) {
                drawnEvents.computeIfAbsent(topicOfNode.get(into.group(2)), t -> new TreeSet<>())
                        .addAll(eventNames(into.group(1)));
                continue;
            }
            Matcher out = OUT_OF_TOPIC.matcher(line);
            if (out.find() && topicOfNode.containsKey(out.group(1))) {
                for (String reader : out.group(2).split("\\s*&\\s*")) {
                    assertThat(serviceOfNode).as("a topic's reader is a service: " + line).containsKey(reader.strip());
                    drawnReaders.computeIfAbsent(topicOfNode.get(out.group(1)), t -> new TreeSet<>())
                            .add(serviceOfNode.get(reader.strip()));
                }
            }
        }

        Map<String, Set<String>> catalogueEvents = new TreeMap<>();
        for (EventType<?> type : Events.ALL) {
            String name = type.name().replaceFirst("^quads\\.", "").replaceFirst("\\.v\\d+$", "");
            catalogueEvents.computeIfAbsent(type.topic(), t -> new TreeSet<>()).add(name);
        }
        assertThat(drawnEvents).as("events drawn into each topic").isEqualTo(catalogueEvents);
        assertThat(drawnReaders).as("services drawn reading each topic").isEqualTo(readers(root));
    }

    /** "quad.formed, changed, assignment.granted" -> quad.formed, quad.changed, assignment.granted. */
    static List<String> eventNames(String label) {
        List<String> names = new ArrayList<>();
        String aggregate = null;
        for (String part : label.split(",\\s*")) {
            int dot = part.lastIndexOf('.');
            if (dot > 0) {
                aggregate = part.substring(0, dot);
                names.add(part);
            } else {
                names.add(aggregate + "." + part);
            }
        }
        return names;
    }

    private static Set<String> catalogueTopics() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    /** Each topic and the services whose application.properties read it. */
    private static Map<String, Set<String>> readers(Path root) throws IOException {
        Map<String, Set<String>> readers = new TreeMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> m.getFileName().toString().endsWith("-service")).toList()) {
                Path properties = module.resolve("src/main/resources/application.properties");
                if (!Files.exists(properties)) {
                    continue;
                }
                Matcher incoming = INCOMING.matcher(Files.readString(properties));
                while (incoming.find()) {
                    readers.computeIfAbsent(incoming.group(1), t -> new TreeSet<>())
                            .add(module.getFileName().toString());
                }
            }
        }
        return readers;
    }

    private static List<String> mermaid(String markdown) {
        int start = markdown.indexOf("```mermaid\n");
        assertThat(start).as("docs/architecture.md has a mermaid diagram").isNotNegative();
        int end = markdown.indexOf("```", start + 10);
        return markdown.substring(start + 11, end).lines().toList();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/architecture.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root, with docs/architecture.md").isNotNull();
        return dir;
    }
}
