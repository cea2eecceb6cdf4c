package scot.quads.rubric;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A rubric version's life: drafted, published (then immutable), retired once no cycle should use it. */
public enum VersionStatus {
    DRAFT("draft"), PUBLISHED("published"), RETIRED("retired");

    private final String wire;

    VersionStatus(String wire) {
        this.wire = wire;
    }

    /** The name the API, the events and the database use. */
    public String wire() {
        return wire;
    }

    public static VersionStatus fromWire(String wire) {
        for (VersionStatus status : values()) {
            if (status.wire.equals(wire)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown version status " + wire);
    }

    /** Stored by its wire name ({@code draft}), not the constant's name: hence no {@code EnumType.STRING}. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<VersionStatus, String> {
        @Override
        public String convertToDatabaseColumn(VersionStatus status) {
            return status == null ? null : status.wire;
        }

        @Override
        public VersionStatus convertToEntityAttribute(String wire) {
            return wire == null ? null : fromWire(wire);
        }
    }
}
