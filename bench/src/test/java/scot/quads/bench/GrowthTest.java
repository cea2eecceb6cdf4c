package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class GrowthTest {

    @Test
    void eachSizeAndReadGetsItsPercentilesAndItsRatioToTheFloor() {
        Series floor = series("floor", 1);
        Growth growth = new Growth();
        growth.add(32, series("national @ 32", 10), "national distribution", floor);
        growth.add(2500, series("national @ 2500", 80), "national distribution", floor);
        growth.add(2500, series("trend @ 2500", 5), "trend", null);

        JsonNode json = growth.toJson();

        assertThat(json).hasSize(3);
        JsonNode big = json.get(1);
        assertThat(big.path("organisations").asInt()).isEqualTo(2500);
        assertThat(big.path("read").asText()).isEqualTo("national distribution");
        assertThat(big.path("p50Ms").asDouble()).isBetween(39.9, 40.1);
        assertThat(big.path("p99Ms").asDouble()).isBetween(79.0, 79.3);
        assertThat(big.path("p99ToFloor").asDouble()).isBetween(79.0, 80.5);
        assertThat(json.get(2).has("p99ToFloor")).as("no floor, no ratio").isFalse();
    }

    @Test
    void theTableHasARowPerSizeInOrderAndAColumnGroupPerRead() {
        Growth growth = new Growth();
        growth.add(new Growth.Row(320, "national distribution", 200, 0, 12, 20, 31, 40, 2.0));
        growth.add(new Growth.Row(32, "national distribution", 200, 0, 8, 10, 11, 12, 2.0));
        growth.add(new Growth.Row(32, "trend", 200, 3, 4, 5, 6, 7, null));

        String html = Growth.html(growth.toJson());

        assertThat(html).contains("<th colspan=\"4\">national distribution</th><th colspan=\"4\">trend</th>");
        assertThat(html.indexOf("<td>32</td>")).isLessThan(html.indexOf("<td>320</td>"));
        assertThat(html).contains("<td>320</td><td>12</td><td>20</td><td>31</td><td>15.5</td><td>–</td>");
        assertThat(html).contains("(3 errors)");
    }

    @Test
    void theReportShowsTheGrowthTableAndTheLoadOfTheScaleScenario() {
        Scenario scale = new Scenario("scale", "Scale");
        Series national = scale.series("national distribution @ 2,500", "GET");
        record(national, 150);
        Growth growth = new Growth();
        growth.add(2500, national, "national distribution", null);
        scale.extra.set("growth", growth.toJson());
        scale.extra.putArray("load").addObject().put("organisations", 2500).put("newOrganisations", 2180)
                .put("events", 11080).put("caughtUpSeconds", 431.5);
        scale.target("national distribution p99 at 2,500 organisations", "≤ 100 ms", 100, national, 99);
        ObjectNode result = Api.JSON.createObjectNode();
        result.putArray("scenarios").add(scale.toJson());

        String html = Report.html(result);

        assertThat(html).contains("Growth with the data").contains("<td>2,500</td>").contains("p99 by organisations");
        assertThat(html).contains("<h3>Load</h3>").contains("<td>11080</td>").contains("<td>432</td>");
        assertThat(html).contains("Missed targets").contains("national distribution p99 at 2,500 organisations");
    }

    static Series series(String name, int maxMs) {
        Series series = new Series(name, "test");
        record(series, maxMs);
        return series;
    }

    /** 100 samples from maxMs/100 to maxMs. */
    private static void record(Series series, int maxMs) {
        long origin = System.nanoTime();
        series.startingAt(origin);
        for (int i = 1; i <= 100; i++) {
            series.record(i * maxMs * 10_000L, origin + i * 1_000_000L);
        }
    }
}
