package scot.quads.rubric;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;

/** A question is graded (a level on the scale, or not applicable with a reason) or narrative (text, no level). */
public enum QuestionKind {
    GRADED("graded"),
    NARRATIVE("narrative");

    public static final String WIRE_PATTERN = "graded|narrative";

    private final String wire;

    QuestionKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<QuestionKind> fromWire(String wire) {
        return Arrays.stream(values()).filter(kind -> kind.wire.equals(wire)).findFirst();
    }

    /**
     * A question's kind when its definition does not say: graded in a version graded per question (so every import
     * written before kinds existed reads as it did), narrative in one graded per quality indicator.
     */
    public static QuestionKind orDefault(String wire, GradingGrain grain) {
        return wire != null ? fromWire(wire).orElseThrow()
                : grain == GradingGrain.QUALITY_INDICATOR ? NARRATIVE : GRADED;
    }

    /** Stored by its wire name. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<QuestionKind, String> {
        @Override
        public String convertToDatabaseColumn(QuestionKind kind) {
            return kind == null ? null : kind.wire;
        }

        @Override
        public QuestionKind convertToEntityAttribute(String wire) {
            return wire == null ? null : fromWire(wire).orElseThrow(
                    () -> new IllegalStateException("Unknown question kind " + wire));
        }
    }
}
