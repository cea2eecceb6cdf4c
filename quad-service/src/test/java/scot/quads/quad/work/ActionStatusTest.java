package scot.quads.quad.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.quads.quad.Action;

class ActionStatusTest {

    @Test
    void everyStatusHasItsMovesAndNoneMovesToItself() {
        assertThat(ActionService.MOVES).containsOnlyKeys(Action.STATUSES);
        ActionService.MOVES.forEach((from, to) -> assertThat(to).doesNotContain(from));
    }

    @Test
    void workStillToDoCanStartStopFinishOrBeDropped() {
        assertThat(ActionService.MOVES.get(Action.OPEN))
                .containsExactlyInAnyOrder(Action.IN_PROGRESS, Action.DONE, Action.DROPPED);
        assertThat(ActionService.MOVES.get(Action.IN_PROGRESS))
                .containsExactlyInAnyOrder(Action.OPEN, Action.DONE, Action.DROPPED);
    }

    @Test
    void finishedOrDroppedWorkCanOnlyBeReopened() {
        assertThat(ActionService.MOVES.get(Action.DONE)).containsExactly(Action.OPEN);
        assertThat(ActionService.MOVES.get(Action.DROPPED)).containsExactly(Action.OPEN);
    }
}
