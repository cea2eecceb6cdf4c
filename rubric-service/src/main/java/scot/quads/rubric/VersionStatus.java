package scot.quads.rubric;


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
}
