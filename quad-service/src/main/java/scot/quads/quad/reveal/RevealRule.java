package scot.quads.quad.reveal;

import java.util.Arrays;

/** When quad partners may see each other's answers; each cycle names one. */
public enum RevealRule {

    /** Everyone's answers at once, when the last member submits or the deadline passes, whichever comes first. */
    ALL_SUBMITTED_OR_DEADLINE("all-submitted-or-deadline"),
    /** Each member's answers as soon as that member has submitted. */
    ON_SUBMISSION("on-submission"),
    /** Everyone's answers only once the deadline has passed. */
    AFTER_DEADLINE("after-deadline");

    public static final RevealRule DEFAULT = ALL_SUBMITTED_OR_DEADLINE;

    private final String code;

    RevealRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * The rule a cycle names; the default when it names none. A rule this service does not know (a newer
     * rubric-service) is read as the strictest one, so that nobody sees answers too early.
     */
    public static RevealRule of(String code) {
        if (code == null || code.isBlank()) {
            return DEFAULT;
        }
        return Arrays.stream(values()).filter(rule -> rule.code.equalsIgnoreCase(code.trim())).findFirst()
                .orElse(AFTER_DEADLINE);
    }
}
