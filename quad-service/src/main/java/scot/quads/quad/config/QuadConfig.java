package scot.quads.quad.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of the quad service. */
@ConfigMapping(prefix = "quads.quad")
public interface QuadConfig {

    /** Where the cycles' deadlines are kept: a deadline passes at midnight at the end of that day here. */
    @WithDefault("Europe/London")
    ZoneId timeZone();

    /**
     * Evidence shorter than this many characters (blanks at either end not counted) is "thin": a high level
     * (5 or 6) resting on it is flagged in the comparison.
     */
    @WithDefault("200")
    int thinEvidenceBelow();

    /**
     * How many of a council's most recent cycles (by submission deadline) its trend shows; the earlier ones are
     * counted, not read, so the trend costs the same however many cycles the council has answered.
     */
    @WithDefault("5")
    int trendCycles();

    /** The most bytes of built comparisons (their JSON) kept in memory for repeated reads; 0 keeps none. */
    @WithDefault("16777216")
    long comparisonCacheBytes();
}
