package scot.quads.quad.event;

import scot.quads.contract.payload.QuadV1;
import scot.quads.quad.Quad;

/** Maps a quad to the payload other services receive. */
public final class QuadEvents {

    private QuadEvents() {
    }

    public static QuadV1 payload(Quad quad) {
        return new QuadV1(quad.id, quad.cycleId, quad.name, quad.memberCodes());
    }
}
