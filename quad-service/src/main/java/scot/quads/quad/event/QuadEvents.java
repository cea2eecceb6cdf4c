package scot.quads.quad.event;

import java.util.List;
import scot.quads.contract.payload.QuadChangedV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.quad.Quad;

/** Maps a quad to the payload other services receive. */
public final class QuadEvents {

    private QuadEvents() {
    }

    public static QuadV1 payload(Quad quad) {
        return new QuadV1(quad.id, quad.cycleId, quad.name, quad.memberCodes());
    }

    /** A change: the members now, and who joined and left; a dissolved quad has none and everyone in left. */
    public static QuadChangedV1 changed(Quad quad, List<String> joined, List<String> left) {
        return new QuadChangedV1(quad.id, quad.cycleId, quad.name, quad.memberCodes(), joined, left);
    }
}
