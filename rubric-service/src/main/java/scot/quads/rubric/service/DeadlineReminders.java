package scot.quads.rubric.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.rubric.repository.CalendarRecords;
import scot.quads.rubric.repository.CycleProgress;
import scot.quads.support.outbox.Outbox;

/**
 * Announces deadlines: on each of a cycle's reminder days before its deadline, and the day after it, an event
 * listing the active councils that have not submitted. Each goes out once per cycle, kind and due day: the job
 * records it in {@code cycle_reminder} (unique key) in the transaction that writes the outbox, so several
 * replicas, restarts or a manual run never send it twice. A reminder missed while the service was down is sent
 * late (only the most recent one due), never one for a day still to come.
 */
@ApplicationScoped
public class DeadlineReminders {

    static final String APPROACHING = "deadline-approaching";
    static final String PASSED = "deadline-passed";

    private final Outbox outbox;
    private final Clock clock;
    private final CalendarRecords records;
    private final CycleProgress progress;

    public DeadlineReminders(Outbox outbox, Clock clock, CalendarRecords records, CycleProgress progress) {
        this.outbox = outbox;
        this.clock = clock;
        this.records = records;
        this.progress = progress;
    }

    /** A reminder due for a cycle today. */
    record Due(String kind, LocalDate dueOn, int daysLeft) {
    }

    @Scheduled(every = "${quads.rubric.reminder-check:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends whatever is due today; returns how many events it published. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<UUID> cycles = QuarkusTransaction.requiringNew().call(Cycle::notClosed);
        int sent = 0;
        for (UUID cycleId : cycles) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> remind(cycleId, today))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                Log.errorf(e, "Deadline reminder for cycle %s failed; the next run tries again", cycleId);
            }
        }
        return sent;
    }

    private boolean remind(UUID cycleId, LocalDate today) {
        Cycle cycle = Cycle.findById(cycleId);
        if (cycle == null || cycle.isClosed()) {
            return false;
        }
        Optional<Due> due = due(cycle.opensOn, cycle.submissionDeadline, cycle.reminderDays, today);
        if (due.isEmpty()) {
            return false;
        }
        List<String> outstanding = progress.councilsNotSubmitted(cycle.id);
        if (!records.recordReminder(cycle.id, due.get().kind(), due.get().dueOn(), due.get().daysLeft(),
                outstanding.size())) {
            return false;
        }
        EventType<CycleDeadlineV1> type = PASSED.equals(due.get().kind())
                ? Events.CYCLE_DEADLINE_PASSED : Events.CYCLE_DEADLINE_APPROACHING;
        outbox.publish(type, cycle.id.toString(), RubricEvents.deadline(cycle, due.get().daysLeft(), outstanding));
        Log.infof("Cycle %s: %s (%d days left), %d councils not submitted", cycle.name, due.get().kind(),
                due.get().daysLeft(), outstanding.size());
        return true;
    }

    /**
     * The reminder due today, if any: the day after the deadline, the deadline has passed; before it, the most
     * recent reminder day that has come (the smallest number of days whose date is today or earlier).
     */
    static Optional<Due> due(LocalDate opensOn, LocalDate deadline, List<Integer> reminderDays, LocalDate today) {
        if (today.isAfter(deadline)) {
            return Optional.of(new Due(PASSED, deadline.plusDays(1), 0));
        }
        if (today.isBefore(opensOn) || !today.isBefore(deadline)) {
            return Optional.empty();
        }
        int daysLeft = (int) ChronoUnit.DAYS.between(today, deadline);
        return reminderDays.stream()
                .filter(days -> days >= daysLeft)
                .min(Integer::compare)
                .map(days -> new Due(APPROACHING, deadline.minusDays(days), daysLeft));
    }
}
