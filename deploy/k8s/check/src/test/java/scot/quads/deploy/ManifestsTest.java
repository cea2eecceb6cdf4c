package scot.quads.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestsTest {

    static final List<String> SERVICES = List.of("authority-service", "rubric-service", "quad-service", "notification-service");

    /** The model class of each kind the manifests may contain, by apiVersion and kind. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    /**
     * Custom resources without a Java model here: the fields their operators' CRDs define at the top of
     * spec (CloudNativePG 1.27, Keycloak operator 26), so that a misspelt or misplaced field fails.
     */
    static final Map<String, Set<String>> CR_SPEC_FIELDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", Set.of("instances", "imageName", "primaryUpdateStrategy", "storage",
                    "walStorage", "resources", "postgresql", "bootstrap", "managed", "backup", "monitoring",
                    "affinity", "description", "enableSuperuserAccess", "superuserSecret", "minSyncReplicas",
                    "maxSyncReplicas", "replica", "externalClusters", "plugins"),
            "postgresql.cnpg.io/v1/Database", Set.of("cluster", "name", "owner", "ensure", "encoding", "locale",
                    "template", "databaseReclaimPolicy", "extensions", "schemas"),
            "k8s.keycloak.org/v2alpha1/Keycloak", Set.of("instances", "image", "db", "http", "hostname", "proxy",
                    "ingress", "resources", "features", "transaction", "additionalOptions", "unsupported",
                    "truststores", "cache", "startOptimized", "imagePullSecrets", "httpManagement", "scheduling",
                    "bootstrapAdmin", "networkPolicy", "tracing", "update"),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", Set.of("keycloakCRName", "realm", "placeholders",
                    "resources"));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyRenderedObjectMatchesItsSchemaWithoutUnknownFields(String overlay) throws Exception {
        List<ObjectNode> objects = Manifests.render(overlay);
        assertFalse(objects.isEmpty(), "the overlay renders nothing");
        for (ObjectNode object : objects) {
            String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
            String id = Manifests.id(object);
            assertFalse(object.path("metadata").path("name").asText().isEmpty(), type + " without a name");
            Class<?> model = MODELS.get(type);
            if (model != null) {
                try {
                    Manifests.STRICT.treeToValue(object, model);
                } catch (IOException e) {
                    fail(overlay + ": " + id + " does not match " + type + ": " + e.getMessage());
                }
            } else if (CR_SPEC_FIELDS.containsKey(type)) {
                Set<String> unknown = new TreeSet<>();
                object.path("spec").fieldNames().forEachRemaining(unknown::add);
                unknown.removeAll(CR_SPEC_FIELDS.get(type));
                assertTrue(unknown.isEmpty(), overlay + ": " + id + " has unknown spec fields " + unknown);
                Set<String> top = new TreeSet<>();
                object.fieldNames().forEachRemaining(top::add);
                top.removeAll(Set.of("apiVersion", "kind", "metadata", "spec"));
                assertTrue(top.isEmpty(), overlay + ": " + id + " has unknown fields " + top);
            } else {
                fail(overlay + ": " + id + " is a " + type + ", which this check does not know (a wrong apiVersion?)");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void noSecretValuesAreCommitted(String overlay) throws Exception {
        for (ObjectNode object : Manifests.render(overlay)) {
            assertFalse(object.path("kind").asText().equals("Secret"), overlay + ": " + Manifests.id(object)
                    + ": Secrets are created by operators or by hand (deploy/README.md), never committed");
            for (JsonNode value : object.path("data")) {
                assertFalse(value.asText().toLowerCase().contains("password="), Manifests.id(object));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyServiceRunsHardenedWithProbesLimitsScalingAndItsOwnDatabase(String overlay) throws Exception {
        Map<String, ObjectNode> byId = byId(Manifests.render(overlay));
        for (String service : SERVICES) {
            Deployment deployment = model(byId, "Deployment/" + service, Deployment.class);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertTrue(pod.getSecurityContext().getRunAsNonRoot(), service + ": runAsNonRoot");
            Container container = pod.getContainers().get(0);
            assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath(), service);
            assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath(), service);
            assertNotNull(container.getStartupProbe(), service + ": startup probe");
            assertNotNull(container.getResources().getRequests().get("memory"), service + ": memory request");
            assertNotNull(container.getResources().getLimits().get("memory"), service + ": memory limit");
            var security = container.getSecurityContext();
            assertTrue(security.getReadOnlyRootFilesystem(), service + ": read-only root file system");
            assertFalse(security.getAllowPrivilegeEscalation(), service + ": no privilege escalation");
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), service + ": capabilities dropped");
            assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")),
                    service + ": a writable /tmp");

            String configMap = container.getEnvFrom().get(0).getConfigMapRef().getName();
            ConfigMap config = model(byId, "ConfigMap/" + configMap, ConfigMap.class);
            String database = properties(service).getProperty("quarkus.datasource.jdbc.url").replaceAll(".*/", "");
            assertTrue(config.getData().get("QUARKUS_DATASOURCE_JDBC_URL").endsWith("/" + database), service);
            for (String name : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                EnvVar env = container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError(service + ": no " + name));
                assertEquals("quads-db-" + database, env.getValueFrom().getSecretKeyRef().getName(), service + ": " + name);
            }
            assertTrue(databases(byId).contains(database), service + ": database " + database + " is created");

            HorizontalPodAutoscaler hpa = model(byId, "HorizontalPodAutoscaler/" + service, HorizontalPodAutoscaler.class);
            assertEquals(service, hpa.getSpec().getScaleTargetRef().getName());
            assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas(), service);
            model(byId, "PodDisruptionBudget/" + service, PodDisruptionBudget.class);
            Service svc = model(byId, "Service/" + service, Service.class);
            assertEquals(Map.of("app.kubernetes.io/name", service), svc.getSpec().getSelector());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void networkPoliciesCoverEveryServicePod(String overlay) throws Exception {
        List<ObjectNode> objects = Manifests.render(overlay);
        Map<String, ObjectNode> byId = byId(objects);
        List<NetworkPolicy> policies = objects.stream()
                .filter(o -> o.path("kind").asText().equals("NetworkPolicy"))
                .map(o -> Manifests.STRICT.convertValue(o, NetworkPolicy.class))
                .toList();
        for (String service : SERVICES) {
            Map<String, String> labels = model(byId, "Deployment/" + service, Deployment.class)
                    .getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(policies.stream().anyMatch(p -> labels.entrySet().containsAll(
                            p.getSpec().getPodSelector().getMatchLabels().entrySet())
                            && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))),
                    service + " is not covered by a NetworkPolicy for ingress and egress");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyTopicOfTheContractAndEveryDeadLetterTopicIsDeclared(String overlay) throws Exception {
        List<ObjectNode> objects = Manifests.render(overlay);
        Map<String, KafkaTopic> topics = new HashMap<>();
        Set<String> clusters = new TreeSet<>();
        for (ObjectNode object : objects) {
            switch (object.path("kind").asText()) {
                case "KafkaTopic" -> {
                    KafkaTopic topic = Manifests.STRICT.treeToValue(object, KafkaTopic.class);
                    topics.put(topic.getSpec().getTopicName(), topic);
                }
                case "Kafka" -> clusters.add(object.path("metadata").path("name").asText());
                default -> { }
            }
        }
        Set<String> expected = new TreeSet<>(contractTopics());
        for (String service : SERVICES) {
            properties(service).stringPropertyNames().stream()
                    .filter(key -> key.startsWith("mp.messaging.") && key.endsWith(".topic"))
                    .map(key -> properties(service).getProperty(key))
                    .forEach(expected::add);
        }
        assertTrue(expected.size() > 5, "found the contract's topics: " + expected);
        assertEquals(expected, new TreeSet<>(topics.keySet()), overlay + ": KafkaTopics");
        int replicas = overlay.equals("production") ? 3 : 1;
        for (KafkaTopic topic : topics.values()) {
            String name = topic.getSpec().getTopicName();
            assertEquals(replicas, topic.getSpec().getReplicas(), overlay + ": replicas of " + name);
            assertTrue(topic.getSpec().getPartitions() >= 1, name);
            assertTrue(clusters.contains(topic.getMetadata().getLabels().get("strimzi.io/cluster")),
                    name + " names a Kafka cluster that is not declared");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void infrastructureCustomResourcesHaveTheirRequiredFields(String overlay) throws Exception {
        Map<String, ObjectNode> byId = byId(Manifests.render(overlay));
        JsonNode cluster = byId.get("Cluster/quads-db");
        assertNotNull(cluster, "the CloudNativePG Cluster quads-db");
        assertTrue(cluster.at("/spec/instances").asInt() >= 1);
        assertFalse(cluster.at("/spec/storage/size").asText().isEmpty(), "storage size");
        assertFalse(cluster.at("/spec/bootstrap/initdb/secret/name").asText().isEmpty(), "initdb owner secret");
        for (JsonNode role : cluster.at("/spec/managed/roles")) {
            assertFalse(role.path("name").asText().isEmpty());
            assertEquals("quads-db-" + role.path("name").asText(), role.at("/passwordSecret/name").asText());
        }
        byId.values().stream().filter(o -> o.path("kind").asText().equals("Database")).forEach(db -> {
            assertEquals("quads-db", db.at("/spec/cluster/name").asText(), Manifests.id(db));
            assertFalse(db.at("/spec/name").asText().isEmpty(), Manifests.id(db));
            assertTrue(roles(cluster).contains(db.at("/spec/owner").asText()), Manifests.id(db) + ": owner is a managed role");
        });

        JsonNode keycloak = byId.get("Keycloak/quads-keycloak");
        assertNotNull(keycloak, "the Keycloak CR");
        assertTrue(keycloak.at("/spec/instances").asInt() >= 1);
        assertEquals("postgres", keycloak.at("/spec/db/vendor").asText());
        assertTrue(databases(byId).contains(keycloak.at("/spec/db/database").asText()), "Keycloak's database");
        assertFalse(keycloak.at("/spec/db/usernameSecret/name").asText().isEmpty());
        assertFalse(keycloak.at("/spec/db/passwordSecret/name").asText().isEmpty());
        assertFalse(keycloak.at("/spec/hostname/hostname").asText().isEmpty());

        JsonNode realmImport = byId.get("KeycloakRealmImport/quads-realm");
        assertNotNull(realmImport, "the KeycloakRealmImport");
        assertEquals("quads-keycloak", realmImport.at("/spec/keycloakCRName").asText());
        assertEquals(Manifests.YAML.readTree(Files.readString(Manifests.DEPLOY.resolve("keycloak/quads-realm.json"))),
                realmImport.at("/spec/realm"),
                "keycloak-realm-import.yaml is out of date: run deploy/k8s/realm-import");

        Kafka kafka = model(byId, "Kafka/quads", Kafka.class);
        int nodes = byId.values().stream().filter(o -> o.path("kind").asText().equals("KafkaNodePool"))
                .map(o -> Manifests.STRICT.convertValue(o, KafkaNodePool.class))
                .filter(pool -> "quads".equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        Object replication = kafka.getSpec().getKafka().getConfig().get("default.replication.factor");
        assertTrue(Integer.parseInt(replication.toString()) <= nodes, "replication factor <= Kafka nodes");
    }

    @Test
    void theCheckRejectsAnUnknownField() throws Exception {
        ObjectNode typo = (ObjectNode) Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: typo
                spec:
                  replica: 2
                  selector:
                    matchLabels:
                      app: typo
                """).get(0);
        assertThrows(IOException.class, () -> Manifests.STRICT.treeToValue(typo, Deployment.class));
        ObjectNode topic = (ObjectNode) Manifests.parse("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: typo
                spec:
                  partition: 3
                """).get(0);
        assertThrows(IOException.class, () -> Manifests.STRICT.treeToValue(topic, KafkaTopic.class));
    }

    static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (ObjectNode object : objects) {
            assertTrue(byId.put(Manifests.id(object), object) == null, "two objects " + Manifests.id(object));
        }
        return byId;
    }

    static <T> T model(Map<String, ObjectNode> byId, String id, Class<T> type) {
        ObjectNode object = byId.get(id);
        assertNotNull(object, id + " is missing");
        return Manifests.STRICT.convertValue(object, type);
    }

    static Set<String> roles(JsonNode cluster) {
        Set<String> roles = new TreeSet<>();
        roles.add(cluster.at("/spec/bootstrap/initdb/owner").asText());
        cluster.at("/spec/managed/roles").forEach(role -> roles.add(role.path("name").asText()));
        return roles;
    }

    static Set<String> databases(Map<String, ObjectNode> byId) {
        Set<String> databases = byId.values().stream().filter(o -> o.path("kind").asText().equals("Database"))
                .map(o -> o.at("/spec/name").asText()).collect(Collectors.toCollection(TreeSet::new));
        JsonNode cluster = byId.get("Cluster/quads-db");
        if (cluster != null) {
            databases.add(cluster.at("/spec/bootstrap/initdb/database").asText());
        }
        return databases;
    }

    /** The topic names of event-contract's Topics class. */
    static Set<String> contractTopics() throws IOException {
        String source = Files.readString(Manifests.REPOSITORY
                .resolve("event-contract/src/main/java/scot/quads/contract/Topics.java"));
        Matcher matcher = Pattern.compile("static final String \\w+ = \"([^\"]+)\"").matcher(source);
        Set<String> topics = new TreeSet<>();
        while (matcher.find()) {
            topics.add(matcher.group(1));
        }
        return topics;
    }

    static Properties properties(String service) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Manifests.REPOSITORY
                .resolve(service + "/src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
