package scot.quads.contract.payload;

import java.util.Objects;

/** A council's full state after it was registered or changed (event-carried state transfer). */
public record CouncilV1(
        String gssCode,
        String name,
        String lgbfName,
        String legacyGssCode,
        String regionalCollaborative,
        Integer peopleFamily,
        Integer otherFamily,
        boolean active) {

    public CouncilV1 {
        Objects.requireNonNull(gssCode, "gssCode");
        Objects.requireNonNull(name, "name");
    }
}
