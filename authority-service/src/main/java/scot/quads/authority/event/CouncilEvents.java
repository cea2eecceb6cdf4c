package scot.quads.authority.event;

import scot.quads.authority.Council;
import scot.quads.contract.payload.CouncilV1;

/** Maps a council to the payload other services receive. */
public final class CouncilEvents {

    public static final String SOURCE = "/authority-service";

    private CouncilEvents() {
    }

    public static CouncilV1 payload(Council council) {
        return new CouncilV1(council.gssCode, council.name, council.lgbfName, council.legacyGssCode,
                council.regionalCollaborative, council.peopleFamily, council.otherFamily, council.active);
    }
}
