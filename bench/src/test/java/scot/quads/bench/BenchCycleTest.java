package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCycleTest {

    private static final Path DEMO = Path.of("../rubric-service/src/main/resources/seed/demo-framework.json");

    @Test
    void theRushFrameworkRepeatsTheDemoQuestionsToTheCountAskedForWithCodesOfTheirOwn() throws Exception {
        JsonNode demo = Api.JSON.readTree(Files.readString(DEMO));
        List<String> demoCodes = codes(demo);

        ObjectNode bench = BenchCycle.framework(demo, 200);

        List<String> codes = codes(bench);
        assertThat(codes).hasSize(200).doesNotHaveDuplicates();
        assertThat(new HashSet<>(codes)).containsAll(demoCodes);
        assertThat(codes).contains(demoCodes.get(0) + "-r1");
        assertThat(bench.path("code").asText()).isEqualTo(BenchCycle.FRAMEWORK_CODE).isNotEqualTo(demo.path("code").asText());
        assertThat(bench.path("themes").size()).isEqualTo(demo.path("themes").size());
        assertThat(codes(demo)).as("the demo framework is left as it was").isEqualTo(demoCodes);
    }

    @Test
    void fewerQuestionsThanTheDemoHasTakesTheFirstOnes() throws Exception {
        JsonNode demo = Api.JSON.readTree(Files.readString(DEMO));

        List<String> codes = codes(BenchCycle.framework(demo, 5));

        assertThat(codes).isEqualTo(codes(demo).subList(0, 5));
    }

    @Test
    void theIndicatorPagesToReadAreThoseThatHoldQuestions() throws Exception {
        JsonNode demo = Api.JSON.readTree(Files.readString(DEMO));

        List<String> all = BenchCycle.indicators(BenchCycle.framework(demo, 200));
        List<String> fewer = BenchCycle.indicators(BenchCycle.framework(demo, 5));

        assertThat(all).hasSize(21).startsWith("D1.1").doesNotHaveDuplicates();
        assertThat(fewer).as("five questions fill the first indicators only").hasSizeBetween(1, 2)
                .isEqualTo(all.subList(0, fewer.size()));
    }

    private static List<String> codes(JsonNode framework) {
        List<String> codes = new ArrayList<>();
        framework.path("themes").forEach(t -> t.path("indicators").forEach(i -> i.path("questions")
                .forEach(q -> codes.add(q.path("code").asText()))));
        return codes;
    }
}
