package scot.quads.rubric.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.quads.rubric.CycleState;

/** Which state a cycle's dates call for on a given day. */
class CycleCalendarRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 1, 29);
    private static final LocalDate CLOSES = LocalDate.of(2027, 3, 31);

    @Test
    void anOpenCycleStaysOpenUntilTheEndOfItsDeadlineDay() {
        assertThat(CycleCalendar.due(CycleState.OPEN, DEADLINE, CLOSES, DEADLINE)).isEmpty();
        assertThat(CycleCalendar.due(CycleState.OPEN, DEADLINE, CLOSES, DEADLINE.plusDays(1))).hasValueSatisfying(
                move -> {
                    assertThat(move.to()).isEqualTo(CycleState.IN_REVIEW);
                    assertThat(move.dueOn()).isEqualTo(DEADLINE.plusDays(1));
                    assertThat(move.reason()).contains("2027-01-29");
                });
    }

    @Test
    void aCycleClosesTheDayAfterItsCloseDateFromOpenOrInReview() {
        assertThat(CycleCalendar.due(CycleState.IN_REVIEW, DEADLINE, CLOSES, CLOSES)).isEmpty();
        assertThat(CycleCalendar.due(CycleState.IN_REVIEW, DEADLINE, CLOSES, CLOSES.plusDays(1)))
                .hasValueSatisfying(move -> assertThat(move.to()).isEqualTo(CycleState.CLOSED));
        assertThat(CycleCalendar.due(CycleState.OPEN, DEADLINE, CLOSES, CLOSES.plusDays(5)))
                .hasValueSatisfying(move -> assertThat(move.dueOn()).isEqualTo(CLOSES.plusDays(1)));
    }

    @Test
    void withoutACloseDateOrOnceClosedNothingMoves() {
        assertThat(CycleCalendar.due(CycleState.IN_REVIEW, DEADLINE, null, DEADLINE.plusYears(1))).isEmpty();
        assertThat(CycleCalendar.due(CycleState.CLOSED, DEADLINE, CLOSES, CLOSES.plusDays(1))).isEmpty();
        assertThat(CycleCalendar.due(CycleState.IN_REVIEW, DEADLINE, CLOSES, DEADLINE.plusDays(2))).isEmpty();
    }
}
