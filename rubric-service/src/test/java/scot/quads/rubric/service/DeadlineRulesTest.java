package scot.quads.rubric.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.rubric.CycleState;
import scot.quads.rubric.service.DeadlineReminders.Due;

/** Which deadline reminder is due on a given day, cycle states, and how reminder days are kept. */
class DeadlineRulesTest {

    private static final LocalDate OPENS = LocalDate.of(2025, 8, 18);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    private static final List<Integer> DAYS = List.of(14, 7, 1);

    @Test
    void nothingIsDueBeforeTheFirstReminderDay() {
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE.minusDays(15))).isEmpty();
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, OPENS)).isEmpty();
    }

    @Test
    void eachReminderDayIsDueOnItsDay() {
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE.minusDays(14)))
                .contains(new Due("deadline-approaching", DEADLINE.minusDays(14), 14));
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE.minusDays(7)))
                .contains(new Due("deadline-approaching", DEADLINE.minusDays(7), 7));
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE.minusDays(1)))
                .contains(new Due("deadline-approaching", DEADLINE.minusDays(1), 1));
    }

    @Test
    void betweenReminderDaysTheLastOneDueIsTheOneKept() {
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE.minusDays(10)))
                .contains(new Due("deadline-approaching", DEADLINE.minusDays(14), 10));
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE.minusDays(3)))
                .contains(new Due("deadline-approaching", DEADLINE.minusDays(7), 3));
    }

    @Test
    void onTheDeadlineDayNothingIsDueAndFromTheDayAfterItHasPassed() {
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE)).isEmpty();
        Due passed = new Due("deadline-passed", DEADLINE.plusDays(1), 0);
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE.plusDays(1))).contains(passed);
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, DAYS, DEADLINE.plusDays(40))).contains(passed);
    }

    @Test
    void aCycleWithoutReminderDaysOnlyHearsThatTheDeadlinePassed() {
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, List.of(), DEADLINE.minusDays(1))).isEmpty();
        assertThat(DeadlineReminders.due(OPENS, DEADLINE, List.of(), DEADLINE.plusDays(1))).isPresent();
    }

    @Test
    void noReminderBeforeTheCycleOpens() {
        LocalDate opens = DEADLINE.minusDays(5);
        assertThat(DeadlineReminders.due(opens, DEADLINE, DAYS, opens.minusDays(1))).isEmpty();
        assertThat(DeadlineReminders.due(opens, DEADLINE, DAYS, opens))
                .contains(new Due("deadline-approaching", DEADLINE.minusDays(7), 5));
    }

    @Test
    void reminderDaysAreKeptDistinctLargestFirstWithADefault() {
        assertThat(CycleService.reminderDays(null)).containsExactly(14, 7, 1);
        assertThat(CycleService.reminderDays(List.of(3, 30, 3, 10))).containsExactly(30, 10, 3);
        assertThat(CycleService.reminderDays(List.of())).isEmpty();
    }

    @Test
    void aCycleMovesToAnyOtherStateButNotToItsOwn() {
        assertThat(CycleState.OPEN.canMoveTo(CycleState.CLOSED)).isTrue();
        assertThat(CycleState.OPEN.canMoveTo(CycleState.IN_REVIEW)).isTrue();
        assertThat(CycleState.CLOSED.canMoveTo(CycleState.OPEN)).isTrue();
        assertThat(CycleState.IN_REVIEW.canMoveTo(CycleState.IN_REVIEW)).isFalse();
        assertThat(CycleState.CLOSED.canMoveTo(CycleState.CLOSED)).isFalse();
        assertThat(CycleState.OPEN.canMoveTo(null)).isFalse();
        assertThat(CycleState.fromWire("in-review")).contains(CycleState.IN_REVIEW);
        assertThat(CycleState.fromWire("archived")).isEmpty();
    }
}
