package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.RubricAdminApi.AdminCycle;

/** The reminders ADES sees for a cycle: one per reminder day before the deadline and the day after it. */
class AdesRemindersTest {

    @Test
    void eachReminderDayIsADateBeforeTheDeadlineMarkedScheduledUntilItComes() {
        AdminCycle cycle = new AdminCycle(UUID.randomUUID(), "2026-27", UUID.randomUUID(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 1, 29), null, "all-submitted-or-deadline", List.of(1, 14, 7), "open", null, "ades",
                0);

        List<AdesPages.Reminder> reminders = AdesPages.reminders(cycle, LocalDate.of(2027, 1, 20));

        assertThat(reminders).containsExactly(
                new AdesPages.Reminder(LocalDate.of(2027, 1, 15), "14 days before the deadline", true),
                new AdesPages.Reminder(LocalDate.of(2027, 1, 22), "7 days before the deadline", false),
                new AdesPages.Reminder(LocalDate.of(2027, 1, 28), "1 day before the deadline", false),
                new AdesPages.Reminder(LocalDate.of(2027, 1, 30), "The day after the deadline (deadline passed)",
                        false));
    }
}
