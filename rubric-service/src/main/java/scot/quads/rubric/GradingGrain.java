package scot.quads.rubric;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a version grades: each question (a level per question, as every version before issue 23), or each quality
 * indicator as a whole, judged from the evidence about its themes, whose questions are then prompts answered in
 * narrative.
 */
public enum GradingGrain {
    QUESTION("question"),
    QUALITY_INDICATOR("quality-indicator");

    /** What a version or an import that does not say grades: each question. */
    public static final GradingGrain DEFAULT = QUESTION;
    public static final String WIRE_PATTERN = "question|quality-indicator";

    private final String wire;

    GradingGrain(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<GradingGrain> fromWire(String wire) {
        return Arrays.stream(values()).filter(grain -> grain.wire.equals(wire)).findFirst();
    }

    /** The grain named, or the default when none is. */
    public static GradingGrain orDefault(String wire) {
        return wire == null ? DEFAULT : fromWire(wire).orElseThrow();
    }

    /** Stored by its wire name. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<GradingGrain, String> {
        @Override
        public String convertToDatabaseColumn(GradingGrain grain) {
            return grain == null ? null : grain.wire;
        }

        @Override
        public GradingGrain convertToEntityAttribute(String wire) {
            return wire == null ? null : fromWire(wire).orElseThrow(
                    () -> new IllegalStateException("Unknown grading grain " + wire));
        }
    }
}
