package scot.quads.rubric.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.contract.Events;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.CycleState;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.rubric.repository.CalendarRecords;
import scot.quads.support.outbox.Outbox;

/**
 * Moves cycles along as their dates pass, as ADES would by hand: an open cycle goes in review the day after its
 * submission deadline, and a cycle closes the day after its close date. Each move is audited as done by the
 * system and announced like an ADES move. It happens once per cycle, state and date: the job records it in
 * {@code cycle_transition} (unique key) in the transaction that moves the cycle, under the cycle's row lock, so
 * several replicas never move a cycle twice, and a cycle ADES moved back by hand stays where ADES put it (until ADES
 * sets a new date). Only forward moves are made; a move missed while the service was down is made late.
 */
@ApplicationScoped
public class CycleCalendar {

    /** The actor the audit trail names for moves the calendar made. */
    public static final String SYSTEM = "system";

    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final CalendarRecords records;

    public CycleCalendar(Outbox outbox, AuditTrail audit, Clock clock, CalendarRecords records) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.records = records;
    }

    /** The move a cycle's dates call for today. */
    record Move(CycleState to, LocalDate dueOn, String reason) {
    }

    @Scheduled(every = "${quads.rubric.calendar-check:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        advance();
    }

    /** Makes every move due today; returns how many cycles it moved. */
    public int advance() {
        LocalDate today = LocalDate.now(clock);
        List<UUID> cycles = QuarkusTransaction.requiringNew().call(Cycle::notClosed);
        int moved = 0;
        for (UUID cycleId : cycles) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> advance(cycleId, today))) {
                    moved++;
                }
            } catch (RuntimeException e) {
                Log.errorf(e, "Moving cycle %s along its dates failed; the next run tries again", cycleId);
            }
        }
        return moved;
    }

    private boolean advance(UUID cycleId, LocalDate today) {
        Cycle cycle = Cycle.lock(cycleId).orElse(null);
        if (cycle == null) {
            return false;
        }
        CycleState current = CycleState.fromWire(cycle.state).orElse(null);
        Optional<Move> due = due(current, cycle.submissionDeadline, cycle.closesOn, today);
        if (due.isEmpty()) {
            return false;
        }
        Move move = due.get();
        if (!records.recordTransition(cycle.id, move.to().wire(), move.dueOn())) {
            return false;
        }
        cycle.state = move.to().wire();
        Cycle.flush();
        outbox.publish(move.to() == CycleState.CLOSED ? Events.CYCLE_CLOSED : Events.CYCLE_CHANGED,
                cycle.id.toString(), RubricEvents.cycle(cycle));
        audit.cycleStateMoved(cycle, current.wire(), move.reason(), SYSTEM,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        Log.infof("Cycle %s moved from %s to %s: %s", cycle.name, current.wire(), cycle.state, move.reason());
        return true;
    }

    /**
     * The move due today for a cycle in state {@code current}: closed once its close date has passed (from open or
     * in review), else in review once its deadline has passed (from open); nothing otherwise.
     */
    static Optional<Move> due(CycleState current, LocalDate deadline, LocalDate closesOn, LocalDate today) {
        if (current == null || current == CycleState.CLOSED) {
            return Optional.empty();
        }
        if (closesOn != null && today.isAfter(closesOn)) {
            return Optional.of(new Move(CycleState.CLOSED, closesOn.plusDays(1),
                    "The cycle's close date " + closesOn + " passed"));
        }
        if (current == CycleState.OPEN && today.isAfter(deadline)) {
            return Optional.of(new Move(CycleState.IN_REVIEW, deadline.plusDays(1),
                    "The submission deadline " + deadline + " passed"));
        }
        return Optional.empty();
    }
}
