package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {

    @TempDir
    Path dir;

    @Test
    void aRecordingOfJsonWorkAndACollectionShowsThemInItsSummary() throws Exception {
        Path file = dir.resolve("work.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            long until = System.nanoTime() + 3_000_000_000L;
            List<String> written = new ArrayList<>();
            while (System.nanoTime() < until) {
                written.add(Api.JSON.writeValueAsString(Map.of("evidence", "Self-evaluation narrative. ".repeat(40),
                        "level", written.size())));
                if (written.size() > 1000) {
                    written.clear();
                }
            }
            System.gc();
            recording.stop();
            recording.dump(file);
        }

        ObjectNode summary = Profile.summarise(file);

        assertThat(summary.path("executionSamples").asInt()).isPositive();
        assertThat(names(summary.path("javaSamplesByLayer"), "name")).contains("JSON (Jackson)");
        assertThat(summary.path("gc").path("collections").asLong()).isPositive();
        assertThat(summary.path("gc").path("longestPauseMs").asDouble()).isPositive();
        assertThat(summary.path("hottestMethods").size()).isPositive();
        assertThat(summary.path("classesLoaded").asLong()).as("this JVM has loaded JUnit, Jackson, JFR")
                .isGreaterThan(1000);
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void threadsAreGroupedWithoutTheirNumbers() {
        assertThat(Profile.threadGroup("executor-thread-12")).isEqualTo("executor-thread");
        assertThat(Profile.threadGroup("vert.x-eventloop-thread-1")).isEqualTo("vert.x-eventloop-thread");
        assertThat(Profile.threadGroup("C2 CompilerThread0")).isEqualTo("JIT compiler");
        assertThat(Profile.threadGroup("VM Thread")).isEqualTo("GC and VM");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(entry -> names.add(entry.path(field).asText()));
        return names;
    }
}
