package scot.quads.rubric;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
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

    /** Stored by its wire name ({@code on-submission}), not the constant's name: hence no {@code EnumType.STRING}. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<RevealRule, String> {
        @Override
        public String convertToDatabaseColumn(RevealRule rule) {
            return rule == null ? null : rule.wire;
        }

        @Override
        public RevealRule convertToEntityAttribute(String wire) {
            return wire == null ? null : fromWire(wire).orElseThrow(
                    () -> new IllegalStateException("Unknown reveal rule " + wire));
        }
    }
}
