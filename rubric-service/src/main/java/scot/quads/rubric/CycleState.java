package scot.quads.rubric;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a cycle stands: open for self-evaluations, in review (quads deliberate), closed. ADES moves it by hand with
 * a reason; any move to another state is allowed (a closed cycle can be reopened), a move to where it already is
 * is not.
 */
public enum CycleState {
    OPEN("open"), IN_REVIEW("in-review"), CLOSED("closed");

    private final String wire;

    CycleState(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean canMoveTo(CycleState next) {
        return next != null && next != this;
    }

    public static Optional<CycleState> fromWire(String wire) {
        return Arrays.stream(values()).filter(state -> state.wire.equals(wire)).findFirst();
    }
}
