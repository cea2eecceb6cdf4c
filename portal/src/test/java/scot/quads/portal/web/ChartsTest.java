package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The inline SVG charts: images with a title and a description saying everything they show, text escaped. */
class ChartsTest {

    @Test
    void aBarChartIsAnImageWhoseDescriptionGivesEveryCountAndTheMarkedLevel() {
        String svg = Charts.bars("national-1-1-1", "1.1.1: how many councils gave each level",
                List.of(new Charts.Bar("6 Excellent", 1, false), new Charts.Bar("5 Very good", 0, false),
                        new Charts.Bar("4 Good", 7, true)), "Fife's level").getValue();

        assertThat(svg).startsWith("<svg class=\"quads-chart\" id=\"national-1-1-1\" role=\"img\"")
                .contains("aria-labelledby=\"national-1-1-1-title national-1-1-1-desc\"")
                .contains("<title id=\"national-1-1-1-title\">1.1.1: how many councils gave each level</title>")
                .contains("6 Excellent: 1 council; 5 Very good: 0 councils; 4 Good: 7 councils (Fife&#39;s level).")
                .contains("quads-bar--own").endsWith("</svg>");
        assertThat(svg.indexOf("<title")).isLessThan(svg.indexOf("<rect"));
    }

    @Test
    void aLineChartSaysEachCyclesLevelAndWhyAPointIsMissing() {
        String svg = Charts.line("trend-1-1-1", "1.1.1: level in each cycle",
                List.of(new Charts.Point("2025-26", null, "Not comparable: 1.1.1 is new in \"2026\""),
                        new Charts.Point("2026-27", 4, "4 Good")), 6).getValue();

        assertThat(svg).contains("2025-26: Not comparable: 1.1.1 is new in &quot;2026&quot;; 2026-27: 4 Good.")
                .contains("<circle").doesNotContain("<path");
    }

    @Test
    void textFromTheServicesIsEscaped() {
        String svg = Charts.bars("x", "<script>alert(1)</script>", List.of(new Charts.Bar("<b>", 1, false)), "mine")
                .getValue();

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
    }
}
