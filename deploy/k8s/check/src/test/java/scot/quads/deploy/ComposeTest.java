package scot.quads.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The structure of deploy/compose/compose.yaml beyond its schema (checked by {@code docker-compose config}):
 * every dependency can become healthy or complete, every service has its own database and the topics are
 * those of the Kubernetes manifests.
 */
class ComposeTest {

    static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy", "service_completed_successfully");

    @Test
    void everyDependencyWaitsForSomethingThatCanHappen() throws Exception {
        JsonNode services = compose().path("services");
        services.fields().forEachRemaining(service -> {
            assertFalse(service.getValue().path("image").asText().isEmpty(), service.getKey() + ": image");
            service.getValue().path("depends_on").fields().forEachRemaining(dependency -> {
                String condition = dependency.getValue().path("condition").asText();
                String on = service.getKey() + " -> " + dependency.getKey();
                assertTrue(CONDITIONS.contains(condition), on + ": condition " + condition);
                assertTrue(services.has(dependency.getKey()), on + ": no such service");
                if (condition.equals("service_healthy")) {
                    assertTrue(services.path(dependency.getKey()).has("healthcheck"), on + ": no healthcheck");
                }
            });
            for (JsonNode port : service.getValue().path("ports")) {
                assertTrue(port.asText().startsWith("127.0.0.1:"), service.getKey() + ": port " + port + " on loopback only");
            }
        });
        for (String service : ManifestsTest.SERVICES) {
            JsonNode definition = services.path(service);
            assertTrue(definition.has("healthcheck"), service + ": healthcheck");
            assertEquals(Set.of("postgres", "kafka-topics", "keycloak"), names(definition.path("depends_on")), service);
        }
    }

    @Test
    void everyServiceHasItsDatabase() throws Exception {
        String init = Files.readString(Manifests.DEPLOY.resolve("compose/postgres-init/01-databases.sh"));
        JsonNode services = compose().path("services");
        for (String service : ManifestsTest.SERVICES) {
            String database = ManifestsTest.properties(service).getProperty("quarkus.datasource.jdbc.url").replaceAll(".*/", "");
            assertEquals("jdbc:postgresql://postgres:5432/" + database,
                    services.path(service).path("environment").path("QUARKUS_DATASOURCE_JDBC_URL").asText(), service);
            assertTrue(init.contains("CREATE DATABASE " + database + " "), service + ": database " + database);
        }
    }

    @Test
    void theTopicsAreThoseOfTheKubernetesManifests() throws Exception {
        String topics = compose().path("services").path("kafka-topics").path("environment").path("QUADS_TOPICS").asText();
        Set<String> compose = Arrays.stream(topics.trim().split("\\s+")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> kubernetes = new TreeSet<>();
        for (var topic : Manifests.parse(Files.readString(Manifests.DEPLOY.resolve("k8s/base/topics.yaml")))) {
            kubernetes.add(topic.at("/spec/topicName").asText() + ":" + topic.at("/spec/partitions").asInt());
        }
        assertEquals(kubernetes, compose);
    }

    /** The compose file with its anchors, aliases and merge keys resolved (SnakeYAML; Jackson keeps aliases apart). */
    static JsonNode compose() throws Exception {
        Object document = new Yaml().load(Files.readString(Manifests.DEPLOY.resolve("compose/compose.yaml")));
        return Manifests.YAML.valueToTree(document);
    }

    static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
