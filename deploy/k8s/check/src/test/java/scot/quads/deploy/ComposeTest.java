package scot.quads.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The structure of deploy/compose/compose.yaml beyond its schema (checked by {@code docker-compose config}):
 * every dependency can become healthy or complete, every service has its own database, the topics are
 * those of the Kubernetes manifests, and the portal reaches everything inside while browsers use Keycloak's
 * public address, with keys that must be given.
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
    void thePortalWaitsForHealthyServicesAndKeycloakAndHasNoDatabaseNorKafka() throws Exception {
        JsonNode services = compose().path("services");
        JsonNode portal = services.path(ManifestsTest.PORTAL);
        assertTrue(portal.has("healthcheck"), "portal: healthcheck");
        Set<String> dependencies = new TreeSet<>(ManifestsTest.SERVICES);
        dependencies.add("keycloak");
        assertEquals(dependencies, names(portal.path("depends_on")), "portal waits for");
        portal.path("depends_on").forEach(d -> assertEquals("service_healthy", d.path("condition").asText()));
        JsonNode environment = portal.path("environment");
        names(environment).forEach(name -> assertFalse(name.startsWith("QUARKUS_DATASOURCE") || name.startsWith("KAFKA"),
                "portal: " + name));
        assertTrue(portal.path("image").asText().endsWith("/portal:${QUADS_VERSION:-latest}"), portal.path("image").asText());
        assertEquals(List.of("127.0.0.1:8080:8080"), strings(portal.path("ports")), "the portal at http://localhost:8080");
    }

    @Test
    void thePortalSendsBrowsersToKeycloaksPublicAddressAndCallsEverythingInside() throws Exception {
        JsonNode services = compose().path("services");
        JsonNode environment = services.path(ManifestsTest.PORTAL).path("environment");
        JsonNode keycloak = services.path("keycloak");
        // Discovery from inside; Keycloak gives the browser its public address (KC_HOSTNAME) and the portal
        // its inside one for the back channel.
        String inside = "http://keycloak:" + keycloak.at("/environment/KC_HTTP_PORT").asText() + "/realms/quads";
        assertEquals(inside, environment.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText());
        assertEquals("true", keycloak.at("/environment/KC_HOSTNAME_BACKCHANNEL_DYNAMIC").asText());
        assertEquals(keycloak.at("/environment/KC_HOSTNAME").asText() + "/realms/quads",
                environment.path("QUARKUS_OIDC_TOKEN_ISSUER").asText(), "the issuer users' tokens carry");
        for (String service : ManifestsTest.SERVICES) {
            assertEquals(environment.path("QUARKUS_OIDC_TOKEN_ISSUER").asText(),
                    services.path(service).at("/environment/QUARKUS_OIDC_TOKEN_ISSUER").asText(), service);
            String client = service.replace("-service", "");
            assertEquals("http://" + service + ":" + services.path(service).at("/environment/QUARKUS_HTTP_PORT").asText(),
                    environment.path("QUARKUS_REST_CLIENT_" + client.toUpperCase() + "_URL").asText(), "portal's " + client + " client");
        }
    }

    @Test
    void thePortalsKeysMustBeGivenAndAreNeverCommitted() throws Exception {
        JsonNode environment = compose().path("services").path(ManifestsTest.PORTAL).path("environment");
        for (String name : ManifestsTest.PORTAL_SECRETS) {
            String value = environment.path(name).asText();
            // ${VARIABLE:?message}: compose stops with the message when VARIABLE is unset or empty.
            assertTrue(Pattern.matches("\\$\\{QUADS_[A-Z_]+:\\?[^}]*32 or more[^}]*}", value),
                    name + " must be a required variable with a message, is " + value);
        }
        assertTrue(Files.readAllLines(Manifests.DEPLOY.resolve("compose/.gitignore")).contains(".env"),
                "the .env beside compose.yaml, where the keys go, is ignored by git");
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

    static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(value -> strings.add(value.asText()));
        return strings;
    }

    static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
