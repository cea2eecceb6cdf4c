package scot.quads.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
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
    static final String PORTAL = "portal";
    static final List<String> DEPLOYMENTS = List.of("authority-service", "rubric-service", "quad-service",
            "notification-service", PORTAL);
    static final String PORTAL_HOST = "quads.example.org";
    /** The portal's keys (session cookie, sign-in state): from the Secret quads-portal. */
    static final List<String> PORTAL_SECRETS = List.of("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
            "QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET");
    /** Names of settings that are secrets: never a ConfigMap key nor a literal env value. */
    static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|PRIVATE_KEY|TOKEN$", Pattern.CASE_INSENSITIVE);

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
            object.path("data").fieldNames().forEachRemaining(key -> assertFalse(SECRET_NAME.matcher(key).find(),
                    overlay + ": " + Manifests.id(object) + " holds " + key + ": it belongs in a Secret"));
            for (JsonNode container : object.at("/spec/template/spec/containers")) {
                for (JsonNode env : container.path("env")) {
                    if (SECRET_NAME.matcher(env.path("name").asText()).find()) {
                        assertTrue(env.has("valueFrom") && !env.has("value"), overlay + ": " + Manifests.id(object)
                                + ": " + env.path("name").asText() + " must come from a Secret");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void everyServiceRunsHardenedWithProbesLimitsScalingAndItsOwnDatabase(String overlay) throws Exception {
        Map<String, ObjectNode> byId = byId(Manifests.render(overlay));
        for (String service : SERVICES) {
            Container container = hardenedContainerWithProbesLimitsAndScaling(byId, service);
            ConfigMap config = configMapOf(byId, container);
            String database = properties(service).getProperty("quarkus.datasource.jdbc.url").replaceAll(".*/", "");
            assertTrue(config.getData().get("QUARKUS_DATASOURCE_JDBC_URL").endsWith("/" + database), service);
            for (String name : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                EnvVar env = container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError(service + ": no " + name));
                assertEquals("quads-db-" + database, env.getValueFrom().getSecretKeyRef().getName(), service + ": " + name);
            }
            assertTrue(databases(byId).contains(database), service + ": database " + database + " is created");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void thePortalRunsHardenedWithItsKeysFromASecretAndReachesTheServicesAndKeycloakInside(String overlay)
            throws Exception {
        Map<String, ObjectNode> byId = byId(Manifests.render(overlay));
        Container container = hardenedContainerWithProbesLimitsAndScaling(byId, PORTAL);
        Map<String, String> config = configMapOf(byId, container).getData();

        // The session and sign-in state keys: the same in every replica, so from a Secret, never optional.
        for (String name : PORTAL_SECRETS) {
            EnvVar env = container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(overlay + ": portal has no " + name));
            assertNull(env.getValue(), name + " is not a committed value");
            var ref = env.getValueFrom().getSecretKeyRef();
            assertEquals("quads-portal", ref.getName(), name);
            assertFalse(Boolean.TRUE.equals(ref.getOptional()), name + ": the Secret is required");
            assertFalse(config.containsKey(name), name + " in the ConfigMap");
        }
        var hpa = model(byId, "HorizontalPodAutoscaler/" + PORTAL, HorizontalPodAutoscaler.class);
        if (overlay.equals("production")) {
            assertTrue(hpa.getSpec().getMinReplicas() >= 2, "production runs at least two portals");
        }

        // No database and no Kafka.
        assertTrue(config.keySet().stream().noneMatch(key -> key.startsWith("QUARKUS_DATASOURCE") || key.startsWith("KAFKA")),
                "the portal has no database and no Kafka: " + config.keySet());

        // Every REST client of the portal's configuration points at a Service of the platform.
        Set<String> clients = new TreeSet<>();
        for (String key : properties(PORTAL).stringPropertyNames()) {
            Matcher client = Pattern.compile("quarkus\\.rest-client\\.([a-z]+)\\.url").matcher(key);
            if (client.matches()) {
                clients.add(client.group(1));
            }
        }
        assertEquals(Set.of("authority", "rubric", "quad", "notification"), clients, "the portal's REST clients");
        for (String client : clients) {
            String url = config.get("QUARKUS_REST_CLIENT_" + client.toUpperCase() + "_URL");
            assertEquals("http://" + client + "-service", url, overlay + ": the portal's " + client + " client");
            model(byId, "Service/" + client + "-service", Service.class);
        }

        // OIDC: discovery and keys inside the cluster, the public issuer of Keycloak's hostname.
        JsonNode keycloak = byId.get("Keycloak/quads-keycloak");
        String inside = "http://quads-keycloak-service:" + keycloak.at("/spec/http/httpPort").asInt() + "/realms/quads";
        assertEquals(inside, config.get("QUARKUS_OIDC_AUTH_SERVER_URL"), overlay + ": portal's Keycloak address");
        assertTrue(keycloak.at("/spec/hostname/backchannelDynamic").asBoolean(),
                "Keycloak answers the in-cluster discovery with in-cluster back-channel URLs");
        String issuer = keycloak.at("/spec/hostname/hostname").asText() + "/realms/quads";
        assertTrue(issuer.startsWith("https://"), issuer);
        assertEquals(issuer, config.get("QUARKUS_OIDC_TOKEN_ISSUER"), overlay + ": portal's token issuer");
        for (String service : SERVICES) {
            assertEquals(issuer, configMapOf(byId, containerOf(byId, service)).getData().get("QUARKUS_OIDC_TOKEN_ISSUER"),
                    overlay + ": " + service + "'s token issuer");
        }
        // Behind the TLS-terminating Ingress: redirect_uri from X-Forwarded-*, Secure cookies.
        assertEquals("true", config.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"), "forwarded headers");
        assertEquals("true", config.get("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST"), "forwarded host");
        assertEquals("true", config.get("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE"), "secure cookies");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void theIngressServesThePortalOnItsHostWithTlsAndTheRealmSendsUsersBackThere(String overlay) throws Exception {
        Map<String, ObjectNode> byId = byId(Manifests.render(overlay));
        List<Ingress> ingresses = byId.values().stream().filter(o -> o.path("kind").asText().equals("Ingress"))
                .map(o -> Manifests.STRICT.convertValue(o, Ingress.class)).toList();
        Ingress portal = ingresses.stream()
                .filter(i -> i.getSpec().getRules().stream().anyMatch(r -> PORTAL_HOST.equals(r.getHost())))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no Ingress rule for " + PORTAL_HOST));
        var rule = portal.getSpec().getRules().stream().filter(r -> PORTAL_HOST.equals(r.getHost())).findFirst().orElseThrow();
        var paths = rule.getHttp().getPaths();
        assertEquals(1, paths.size(), PORTAL_HOST + ": one path");
        assertEquals("/", paths.get(0).getPath());
        assertEquals("Prefix", paths.get(0).getPathType());
        assertEquals(PORTAL, paths.get(0).getBackend().getService().getName(), PORTAL_HOST + " routes to the portal");
        assertEquals("http", paths.get(0).getBackend().getService().getPort().getName());
        assertFalse(portal.getMetadata().getAnnotations().containsKey("nginx.ingress.kubernetes.io/rewrite-target"),
                "the portal's paths are not rewritten");
        assertTrue(portal.getSpec().getTls().stream().anyMatch(tls -> tls.getHosts().contains(PORTAL_HOST)
                && !tls.getSecretName().isEmpty()), PORTAL_HOST + ": TLS");
        assertEquals("letsencrypt", portal.getMetadata().getAnnotations().get("cert-manager.io/cluster-issuer"));
        for (Ingress ingress : ingresses) {
            for (var r : ingress.getSpec().getRules()) {
                assertTrue(ingress.getSpec().getTls().stream().anyMatch(tls -> tls.getHosts().contains(r.getHost())),
                        "Ingress/" + ingress.getMetadata().getName() + ": TLS for " + r.getHost());
            }
        }
        Service service = model(byId, "Service/" + PORTAL, Service.class);
        assertTrue(service.getSpec().getSessionAffinity() == null || service.getSpec().getSessionAffinity().equals("None"),
                "no session affinity: the session is in cookies every replica reads");
        assertFalse(portal.getMetadata().getAnnotations().containsKey("nginx.ingress.kubernetes.io/affinity"),
                "no sticky sessions at the Ingress either");

        // The realm's portal client accepts the portal's public address as redirect and post-logout URI.
        JsonNode client = null;
        for (JsonNode c : byId.get("KeycloakRealmImport/quads-realm").at("/spec/realm/clients")) {
            if (c.path("clientId").asText().equals("quads-portal")) {
                client = c;
            }
        }
        assertNotNull(client, "the realm's quads-portal client");
        assertTrue(client.path("publicClient").asBoolean(), "a public client (PKCE): no client secret to keep");
        assertEquals("S256", client.at("/attributes/pkce.code.challenge.method").asText());
        Set<String> redirects = new TreeSet<>();
        client.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
        assertEquals(Set.of("https://" + PORTAL_HOST + "/*"), redirects, "the real realm redirects to the portal only");
        String postLogout = client.at("/attributes/post.logout.redirect.uris").asText();
        assertTrue(postLogout.equals("+") || postLogout.contains("https://" + PORTAL_HOST + "/"),
                "post-logout redirect URIs: the redirect URIs (+) or the portal's: " + postLogout);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void networkPoliciesCoverEveryServicePodAndThePortal(String overlay) throws Exception {
        List<ObjectNode> objects = Manifests.render(overlay);
        Map<String, ObjectNode> byId = byId(objects);
        List<NetworkPolicy> policies = objects.stream()
                .filter(o -> o.path("kind").asText().equals("NetworkPolicy"))
                .map(o -> Manifests.STRICT.convertValue(o, NetworkPolicy.class))
                .toList();
        for (String deployment : DEPLOYMENTS) {
            Map<String, String> labels = podLabels(byId, deployment);
            assertTrue(policies.stream().anyMatch(p -> selects(p.getSpec().getPodSelector().getMatchLabels(), labels)
                            && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))),
                    deployment + " is not covered by a NetworkPolicy for ingress and egress");
        }

        // Every policy that selects the portal admits only the ingress controller, on the portal's port.
        Map<String, String> portal = podLabels(byId, PORTAL);
        List<NetworkPolicy> portalPolicies = policies.stream()
                .filter(p -> selects(p.getSpec().getPodSelector().getMatchLabels(), portal)).toList();
        for (NetworkPolicy policy : portalPolicies) {
            for (var rule : policy.getSpec().getIngress()) {
                assertEquals(List.of(8080), rule.getPorts().stream().map(port -> port.getPort().getIntVal()).toList(),
                        policy.getMetadata().getName());
                for (var peer : rule.getFrom()) {
                    assertEquals(Map.of("kubernetes.io/metadata.name", "ingress-nginx"),
                            peer.getNamespaceSelector().getMatchLabels(), policy.getMetadata().getName() + ": only ingress-nginx");
                    assertEquals(Map.of("app.kubernetes.io/name", "ingress-nginx"), peer.getPodSelector().getMatchLabels());
                }
            }
        }
        // It may reach every service and Keycloak; every service admits it.
        for (String service : SERVICES) {
            Map<String, String> labels = podLabels(byId, service);
            assertTrue(portalPolicies.stream().flatMap(p -> p.getSpec().getEgress().stream())
                            .anyMatch(rule -> rule.getTo().stream().anyMatch(peer -> sameNamespacePeer(peer, labels))),
                    "the portal may reach " + service);
            assertTrue(policies.stream().filter(p -> selects(p.getSpec().getPodSelector().getMatchLabels(), labels))
                            .flatMap(p -> p.getSpec().getIngress().stream())
                            .anyMatch(rule -> rule.getFrom().stream().anyMatch(peer -> sameNamespacePeer(peer, portal))),
                    service + " admits the portal");
        }
        assertTrue(portalPolicies.stream().flatMap(p -> p.getSpec().getEgress().stream())
                        .anyMatch(rule -> rule.getTo().stream().anyMatch(peer -> peer.getPodSelector() != null
                                && "quads-keycloak".equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/instance")))),
                "the portal may reach Keycloak");
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

    /**
     * The rules every Deployment of ours follows: non-root, read-only, no privileges, Quarkus health probes,
     * memory bounds, an HPA and a PDB, and a Service selecting it by name. Returns its container.
     */
    static Container hardenedContainerWithProbesLimitsAndScaling(Map<String, ObjectNode> byId, String name) {
        PodSpec pod = model(byId, "Deployment/" + name, Deployment.class).getSpec().getTemplate().getSpec();
        assertTrue(pod.getSecurityContext().getRunAsNonRoot(), name + ": runAsNonRoot");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), name + ": seccomp");
        assertFalse(pod.getAutomountServiceAccountToken(), name + ": no service-account token");
        assertEquals(1, pod.getContainers().size(), name + ": one container");
        Container container = pod.getContainers().get(0);
        assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath(), name);
        assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath(), name);
        assertNotNull(container.getStartupProbe(), name + ": startup probe");
        assertNotNull(container.getResources().getRequests().get("memory"), name + ": memory request");
        assertNotNull(container.getResources().getRequests().get("cpu"), name + ": cpu request (the HPA scales on it)");
        assertNotNull(container.getResources().getLimits().get("memory"), name + ": memory limit");
        var security = container.getSecurityContext();
        assertTrue(security.getReadOnlyRootFilesystem(), name + ": read-only root file system");
        assertFalse(security.getAllowPrivilegeEscalation(), name + ": no privilege escalation");
        assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), name + ": capabilities dropped");
        assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")),
                name + ": a writable /tmp");

        HorizontalPodAutoscaler hpa = model(byId, "HorizontalPodAutoscaler/" + name, HorizontalPodAutoscaler.class);
        assertEquals(name, hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas(), name);
        PodDisruptionBudget pdb = model(byId, "PodDisruptionBudget/" + name, PodDisruptionBudget.class);
        assertTrue(selects(pdb.getSpec().getSelector().getMatchLabels(), podLabels(byId, name)), name + ": PDB selects it");
        Service svc = model(byId, "Service/" + name, Service.class);
        assertEquals(Map.of("app.kubernetes.io/name", name), svc.getSpec().getSelector());
        return container;
    }

    static Container containerOf(Map<String, ObjectNode> byId, String name) {
        return model(byId, "Deployment/" + name, Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static ConfigMap configMapOf(Map<String, ObjectNode> byId, Container container) {
        return model(byId, "ConfigMap/" + container.getEnvFrom().get(0).getConfigMapRef().getName(), ConfigMap.class);
    }

    static Map<String, String> podLabels(Map<String, ObjectNode> byId, String deployment) {
        return model(byId, "Deployment/" + deployment, Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
    }

    /** Whether a selector's matchLabels select a pod with these labels (an empty selector selects every pod). */
    static boolean selects(Map<String, String> matchLabels, Map<String, String> labels) {
        return matchLabels == null || labels.entrySet().containsAll(matchLabels.entrySet());
    }

    /** Whether a NetworkPolicy peer is the pods with these labels in the policy's own namespace. */
    static boolean sameNamespacePeer(NetworkPolicyPeer peer, Map<String, String> labels) {
        return peer.getNamespaceSelector() == null && peer.getIpBlock() == null && peer.getPodSelector() != null
                && selects(peer.getPodSelector().getMatchLabels(), labels);
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
