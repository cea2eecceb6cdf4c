package scot.quads.rubric;

import java.util.Arrays;
import java.util.Optional;

/** When quad partners may see each other's answers in a cycle. */
public enum RevealRule {
    ALL_SUBMITTED_OR_DEADLINE("all-submitted-or-deadline"),
    ON_SUBMISSION("on-submission"),
    AFTER_DEADLINE("after-deadline");

    /** The default: nobody anchors on a partner's grades before everyone has answered. */
    public static final RevealRule DEFAULT = ALL_SUBMITTED_OR_DEADLINE;

    private final String wire;

    RevealRule(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<RevealRule> fromWire(String wire) {
        return Arrays.stream(values()).filter(rule -> rule.wire.equals(wire)).findFirst();
    }
}
