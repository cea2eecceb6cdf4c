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
}
