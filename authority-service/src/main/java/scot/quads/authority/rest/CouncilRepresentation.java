package scot.quads.authority.rest;

import scot.quads.authority.Council;

/** A council as the API shows it. */
public record CouncilRepresentation(String gssCode, String name, String lgbfName, String legacyGssCode,
        String regionalCollaborative, Integer peopleFamily, Integer otherFamily, boolean active, int version) {

    static CouncilRepresentation of(Council council) {
        return new CouncilRepresentation(council.gssCode, council.name, council.lgbfName, council.legacyGssCode,
                council.regionalCollaborative, council.peopleFamily, council.otherFamily, council.active,
                council.version);
    }
}
