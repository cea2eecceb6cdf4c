package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SeriesTest {

    @Test
    void percentilesAndMaximumAreReportedInMilliseconds() {
        Series series = new Series("autosave", "test");
        long origin = System.nanoTime();
        series.startingAt(origin);
        for (int i = 1; i <= 100; i++) {
            series.record(i * 1_000_000L, origin + i * 10_000_000L);
        }

        assertThat(series.count()).isEqualTo(100);
        assertThat(series.percentileMs(50)).isBetween(49.9, 50.1);
        assertThat(series.percentileMs(99)).isBetween(98.9, 99.1);
        assertThat(series.maxMs()).isBetween(99.9, 100.1);
    }

    @Test
    void deliberateConflictsAreCountedApartFromErrors() {
        Series series = new Series("autosave", "test");
        series.conflict();
        series.conflict();
        series.error("HTTP 500 boom");

        ObjectNode json = series.toJson();
        assertThat(json.get("conflicts412").asLong()).isEqualTo(2);
        assertThat(json.get("errors").asLong()).isEqualTo(1);
        assertThat(json.get("errorSamples").get(0).asText()).isEqualTo("HTTP 500 boom");
    }

    @Test
    void theTimelineCountsCompletionsPerSecondIncludingQuietSeconds() {
        Series series = new Series("reads", "test");
        long origin = System.nanoTime();
        series.startingAt(origin);
        series.record(1_000_000L, origin + 100_000_000L);
        series.record(1_000_000L, origin + 200_000_000L);
        series.record(1_000_000L, origin + 2_500_000_000L);

        assertThat(series.timeline()).containsExactly(2, 0, 1);
        assertThat(series.toJson().get("perSecond")).hasSize(3);
    }

    @Test
    void theSlowestRequestIsKeptForTheSecondItBegan() {
        Series series = new Series("autosave", "test");
        long origin = System.nanoTime();
        series.startingAt(origin);
        series.record(5_000_000L, origin + 100_000_000L);
        series.record(2_400_000_000L, origin + 2_500_000_000L);
        series.record(9_000_000L, origin + 300_000_000L);
        series.record(7_000_000L, origin + 2_600_000_000L);

        assertThat(series.slowestTimeline()).containsExactly(2400.0, 0.0, 7.0);
        assertThat(series.toJson().get("slowestBySecondMs").get(0).asDouble()).isEqualTo(2400.0);
    }

    @Test
    void anEmptySeriesHasNoCurveAndNoThroughput() {
        Series series = new Series("nothing", "test");

        assertThat(series.percentileCurve()).isEmpty();
        assertThat(series.throughput()).isZero();
        assertThat(series.toJson().get("count").asLong()).isZero();
    }
}
