package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import scot.quads.contract.Events;
import scot.quads.rubric.AuditEntry;
import scot.quads.rubric.Council;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.ProblemException;

/**
 * ADES reminds one council now, beside the scheduled reminders: the same deadline event, naming that council alone
 * (before the deadline it is due in so many days; after it, the deadline has passed), so notification-service tells
 * its users and contacts as it tells everyone. At most once per council and cycle a day: the cycle's row is locked
 * while the audit trail is read for today's reminder and the new one written, so two clicks at once send one.
 */
@ApplicationScoped
public class ManualReminders {

    public static final String ACTION = "evaluation.reminded";

    /** Sent: to whom, and how many days were left (0 or less: the deadline has passed). */
    public record Sent(String councilCode, String councilName, int daysLeft) {
    }

    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public ManualReminders(Outbox outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Sent remindNow(UUID cycleId, String councilCode, String by) {
        Cycle cycle = Cycle.lock(cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
        Council council = Council.findByCode(councilCode)
                .orElseThrow(() -> ProblemException.notFound("Council", councilCode));
        if (cycle.isClosed()) {
            throw ProblemException.conflict(cycle.name + " is closed: no reminder is sent for it");
        }
        if (!council.active) {
            throw ProblemException.conflict(council.name + " is no longer an active council");
        }
        if (SelfEvaluation.of(cycle.id, council.gssCode).filter(SelfEvaluation::isSubmitted).isPresent()) {
            throw ProblemException.conflict(council.name + " has already submitted its self-evaluation for "
                    + cycle.name);
        }
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime startOfToday = today.atStartOfDay(clock.getZone()).toOffsetDateTime();
        if (AuditEntry.count("action = ?1 and cycleId = ?2 and councilCode = ?3 and occurredAt >= ?4", ACTION,
                cycle.id, council.gssCode, startOfToday) > 0) {
            throw ProblemException.conflict(council.name + " has already been reminded today: a council is "
                    + "reminded at most once a day");
        }
        int daysLeft = (int) ChronoUnit.DAYS.between(today, cycle.submissionDeadline);
        outbox.publish(daysLeft >= 0 ? Events.CYCLE_DEADLINE_APPROACHING : Events.CYCLE_DEADLINE_PASSED,
                cycle.id.toString(), RubricEvents.deadline(cycle, Math.max(daysLeft, 0), List.of(council.gssCode)));
        audit.reminderSent(cycle, council.gssCode, daysLeft, by, OffsetDateTime.now(clock));
        return new Sent(council.gssCode, council.name, daysLeft);
    }
}
