package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void aRatioTargetIsOneSeriesP99OverAnothersAndHasNoFigureWithoutSamples() {
        Scenario trend = new Scenario("trend-flat", "Trend");
        Series few = trend.series("trend @ 5 cycles", "GET");
        Series many = trend.series("trend @ 50 cycles", "GET");
        Series empty = trend.series("trend @ 500 cycles", "GET");
        for (int i = 0; i < 100; i++) {
            few.record(10_000_000L);
            many.record(14_000_000L);
        }

        trend.ratioTarget("flat", 1.5, many, few);
        trend.ratioTarget("flat beyond", 1.5, empty, few);
        trend.ratioTarget("reversed", 1.5, few, many);

        assertThat(trend.targets.get(0).actual()).isEqualTo(1.4);
        assertThat(trend.targets.get(0).met()).isTrue();
        assertThat(trend.targets.get(0).target()).isEqualTo("≤ 1.5×");
        assertThat(trend.targets.get(0).of()).isEqualTo("trend @ 5 cycles");
        assertThat(trend.targets.get(1).actual()).isNull();
        assertThat(trend.targets.get(1).met()).isFalse();
        assertThat(trend.targets.get(2).actual()).isEqualTo(0.71);
        assertThat(trend.toJson().path("targets").path(0).path("of").asText()).isEqualTo("trend @ 5 cycles");
    }

    @Test
    void theErrorsTargetCountsEverySeriesButTheFloorsAndNotThe412s() {
        Scenario rush = new Scenario("deadline-rush", "Rush");
        Series autosave = rush.series("autosave", "PUT");
        Series submit = rush.series("submit", "POST");
        Series floor = rush.floor("JDBC autosave", "raw");
        autosave.conflict();
        floor.error("the floor's own trouble");

        rush.errorsTarget("errors (412s excluded)");
        assertThat(rush.targets.get(0).actual()).isZero();
        assertThat(rush.targets.get(0).met()).isTrue();

        submit.error("HTTP 500");
        autosave.error("timeout");
        rush.errorsTarget("errors again");
        assertThat(rush.targets.get(1).actual()).isEqualTo(2);
        assertThat(rush.targets.get(1).met()).isFalse();
    }

    @Test
    void aReadRecordedAgainUnderTheProfilerGivesItsProfilesAndWhatRecordingCost() {
        Scenario trend = new Scenario("trend-flat", "Trend");
        trend.series("trend @ 50 cycles", "GET").record(40_000_000L);
        Scenario recorded = new Scenario("trend-flat", "Trend");
        recorded.series("trend @ 50 cycles", "GET").record(90_000_000L);
        recorded.extra.putObject("profiles").putObject("quad-service").put("processCpuPercentOfMachine", 48);

        trend.profiledBy(recorded);

        var details = trend.toJson().path("details");
        assertThat(details.path("profiles").path("quad-service").path("processCpuPercentOfMachine").asInt())
                .isEqualTo(48);
        assertThat(details.path("profiledPass").path("series").path(0).path("p99Ms").asDouble())
                .isCloseTo(90.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(trend.series.get(0).percentileMs(99)).as("the measured figure is left as it was")
                .isCloseTo(40.0, org.assertj.core.data.Offset.offset(0.1));
    }
}
