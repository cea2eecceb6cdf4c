package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void theDefaultRunIsTheIssuesScenario() {
        Settings settings = Settings.parse();

        assertThat(settings.editors()).isEqualTo(200);
        assertThat(settings.savesPerQuestion()).isEqualTo(3);
        assertThat(settings.readsPerSecond()).isEqualTo(100);
        assertThat(settings.coldStart()).isFalse();
        assertThat(settings.results().toString()).endsWith("bench/results");
        assertThat(settings.questions()).as("the issue's submit target is for 200 answers").isEqualTo(200);
        assertThat(settings.warmUp()).isTrue();
        assertThat(settings.profile()).isTrue();
    }

    @Test
    void theWarmUpIsTheRushAtItsOwnConcurrencyOnFewerQuestionsAndIsNotProfiled() {
        Settings settings = Settings.parse("--root=/srv/quads", "--keycloak=http://localhost:9180", "--editors=300");

        Settings warmUp = settings.forWarmUp();

        assertThat(warmUp.editors()).isEqualTo(settings.editors());
        assertThat(warmUp.thinkMs()).isEqualTo(settings.thinkMs());
        assertThat(warmUp.questions()).isEqualTo(Settings.WARM_UP_QUESTIONS).isLessThan(settings.questions());
        assertThat(warmUp.readsSeconds()).isLessThan(settings.readsSeconds());
        assertThat(warmUp.warmUp()).isFalse();
        assertThat(warmUp.profile()).isFalse();
        assertThat(warmUp.scale()).isEqualTo(Settings.SCALE_SKIPPED);
        assertThat(warmUp.keycloak()).isEqualTo("http://localhost:9180");
        assertThat(warmUp.quadsHome()).isEqualTo(settings.quadsHome());
        assertThat(Settings.parse("--no-warm-up", "--no-profile").warmUp()).isFalse();
        assertThat(Settings.parse("--no-profile").profile()).isFalse();
        assertThat(Settings.parse("--quick", "--no-warm-up").warmUp()).isFalse();
    }

    @Test
    void quickShrinksTheRunAndExplicitValuesWin() {
        Settings settings = Settings.parse("--quick", "--editors=64", "--cold-start", "--note=noisy machine");

        assertThat(settings.editors()).isEqualTo(64);
        assertThat(settings.savesPerQuestion()).isEqualTo(1);
        assertThat(settings.readsSeconds()).isEqualTo(5);
        assertThat(settings.coldStart()).isTrue();
        assertThat(settings.note()).isEqualTo("noisy machine");
    }

    @Test
    void anUnknownOptionOrABadNumberIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> Settings.parse("--editorz=3")).hasMessageContaining("editorz")
                .hasMessageContaining("usage");
        assertThatThrownBy(() -> Settings.parse("--editors=many")).hasMessageContaining("--editors");
        assertThatThrownBy(() -> Settings.parse("--editors=0")).hasMessageContaining("at least 1");
    }

    @Test
    void theScaleScenarioIsInTheFullRunAloneWithScaleAndLeftOutWithNoScale() {
        assertThat(Settings.parse().scale()).isEqualTo(Settings.SCALE_INCLUDED);
        assertThat(Settings.parse().scaleSizes()).containsExactly(32, 320, 2500);
        assertThat(Settings.parse("--quick").scaleSizes()).containsExactly(32, 320);

        Settings alone = Settings.parse("--scale", "--scale-sizes=2500,32,320,32", "--scale-cycles=3");

        assertThat(alone.scale()).isEqualTo(Settings.SCALE_ONLY);
        assertThat(alone.scaleSizes()).containsExactly(32, 320, 2500);
        assertThat(alone.scaleCycles()).isEqualTo(3);
        assertThat(Settings.parse("--no-scale").scale()).isEqualTo(Settings.SCALE_SKIPPED);
        assertThatThrownBy(() -> Settings.parse("--scale", "--no-scale")).hasMessageContaining("exclude");
        assertThatThrownBy(() -> Settings.parse("--scale-sizes=32,lots")).hasMessageContaining("--scale-sizes");
        assertThatThrownBy(() -> Settings.parse("--scale-sizes=3")).hasMessageContaining("at least 4");
        assertThatThrownBy(() -> Settings.parse("--scale-cycles=0")).hasMessageContaining("--scale-cycles");
        assertThat(Settings.parse().scaleAlone()).isEqualTo(20);
        assertThat(Settings.parse("--scale-alone=0").scaleAlone()).isZero();
        assertThatThrownBy(() -> Settings.parse("--scale-alone=-1")).hasMessageContaining("--scale-alone");
    }

    @Test
    void thePortalTheExportsAndTheTrendAreInTheFullRunUnlessLeftOut() {
        Settings settings = Settings.parse();

        assertThat(settings.portalPages()).isTrue();
        assertThat(settings.portal()).isEqualTo("http://127.0.0.1:8080");
        assertThat(settings.portalUsers()).as("issue #22: 20 concurrent signed-in users").isEqualTo(20);
        assertThat(settings.exportsIncluded()).isTrue();
        assertThat(settings.exports()).isEqualTo(5);
        assertThat(settings.trend()).isTrue();
        assertThat(settings.trendCycles()).as("issue #22: from 5 to 50 cycles").containsExactly(5, 50);
        assertThat(settings.evidence()).as("issue #24: a 20 MB evidence file up and down").isTrue();

        Settings without = Settings.parse("--no-portal", "--no-exports", "--no-trend", "--no-evidence",
                "--portal=http://localhost:9080/");
        assertThat(without.evidence()).isFalse();
        assertThat(without.toJson().path("evidence").asBoolean(true)).isFalse();

        assertThat(without.portalPages()).isFalse();
        assertThat(without.exportsIncluded()).isFalse();
        assertThat(without.trend()).isFalse();
        assertThat(without.portal()).isEqualTo("http://localhost:9080");
        assertThat(without.toJson().path("trendCycles").toString()).isEqualTo("[5,50]");
    }

    @Test
    void theTrendNeedsFewerCyclesThenMoreAndTheNewCountsAtLeastOne() {
        assertThat(Settings.parse("--trend-cycles=2,20").trendCycles()).containsExactly(2, 20);
        assertThatThrownBy(() -> Settings.parse("--trend-cycles=50,5")).hasMessageContaining("--trend-cycles");
        assertThatThrownBy(() -> Settings.parse("--trend-cycles=5")).hasMessageContaining("fewer first");
        assertThatThrownBy(() -> Settings.parse("--trend-cycles=0,5")).hasMessageContaining("--trend-cycles");
        assertThatThrownBy(() -> Settings.parse("--portal-users=0")).hasMessageContaining("--portal-users");
        assertThatThrownBy(() -> Settings.parse("--exports=0")).hasMessageContaining("--exports");
    }

    @Test
    void theWarmUpReadsThePortalsPagesAndExportsButLoadsNoTrend() {
        Settings warmUp = Settings.parse("--portal=http://localhost:9080", "--portal-users=12").forWarmUp();

        assertThat(warmUp.portalPages()).isTrue();
        assertThat(warmUp.portal()).isEqualTo("http://localhost:9080");
        assertThat(warmUp.portalUsers()).isEqualTo(12);
        assertThat(warmUp.portalSeconds()).isLessThan(Settings.parse().portalSeconds());
        assertThat(warmUp.exportsIncluded()).isTrue();
        assertThat(warmUp.trend()).isFalse();
        assertThat(warmUp.evidence()).as("20 MB files are not part of the warm-up").isFalse();
        assertThat(Settings.parse("--no-portal", "--no-exports").forWarmUp())
                .satisfies(w -> assertThat(w.portalPages()).isFalse())
                .satisfies(w -> assertThat(w.exportsIncluded()).isFalse());
    }
}
