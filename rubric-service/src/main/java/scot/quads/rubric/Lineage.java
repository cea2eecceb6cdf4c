package scot.quads.rubric;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a question in a new version descends from in the version it was derived from, so trends compare like with
 * like: the same question, reworded, split from or merged from an older one, or new. Every kind but {@code new}
 * names its source question.
 */
public enum Lineage {
    SAME("same"), REWORDED("reworded"), SPLIT_FROM("split-from"), MERGED_FROM("merged-from"), NEW("new");

    private final String wire;

    Lineage(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean needsSource() {
        return this != NEW;
    }

    public static Optional<Lineage> fromWire(String wire) {
        return Arrays.stream(values()).filter(lineage -> lineage.wire.equals(wire)).findFirst();
    }
}
