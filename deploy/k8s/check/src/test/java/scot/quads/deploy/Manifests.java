package scot.quads.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads rendered manifests: runs {@code kubectl kustomize}, splits the YAML stream into objects and maps
 * each onto its model class strictly. The fabric8 and Strimzi models keep unknown fields in an
 * "additionalProperties" map instead of failing; turning their any-setters off makes an unknown field
 * (a typo, a field of another API version) an error, as a strict API server would.
 */
final class Manifests {

    static final Path DEPLOY = Path.of(System.getProperty("quads.deploy.dir", "../..")).toAbsolutePath().normalize();
    static final Path REPOSITORY = DEPLOY.getParent();

    static final YAMLMapper YAML = new YAMLMapper();

    static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private Manifests() {
    }

    /** The objects of {@code kubectl kustomize deploy/k8s/overlays/<overlay>}. */
    static List<ObjectNode> render(String overlay) throws IOException, InterruptedException {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        Path dir = DEPLOY.resolve("k8s/overlays").resolve(overlay);
        // Standard error only matters on failure: current kustomize warns about the older syntax used here.
        Path errors = Files.createTempFile("kustomize", ".err");
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                    .redirectError(errors.toFile())
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(kubectl + " kustomize " + dir + " failed:\n" + Files.readString(errors));
            }
            return parse(out);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    static List<ObjectNode> parse(String yamlStream) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yamlStream)) {
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode node = iterator.next();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    objects.add((ObjectNode) node);
                }
            }
        }
        return objects;
    }

    static ObjectNode read(Path file) throws IOException {
        return (ObjectNode) YAML.readTree(Files.readString(file));
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }
}
