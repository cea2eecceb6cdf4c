package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import scot.quads.contract.Events;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.CycleState;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.RevealRule;
import scot.quads.rubric.VersionStatus;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/**
 * Annual cycles: ADES opens one on a published rubric version with a submission deadline (and a close date), changes
 * its dates, reveal rule and reminder days, and moves its state by hand with a reason ({@link CycleCalendar} moves
 * it as its dates pass).
 */
@ApplicationScoped
public class CycleService {

    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public CycleService(Outbox outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** What ADES says about a new cycle. */
    public record NewCycle(String name, UUID rubricVersionId, LocalDate opensOn, LocalDate submissionDeadline,
            LocalDate closesOn, RevealRule revealRule, List<Integer> reminderDays, boolean statementRequired) {
    }

    /** What ADES changes in a cycle; a null part stays as it is. */
    public record CycleChange(LocalDate opensOn, LocalDate submissionDeadline, LocalDate closesOn,
            RevealRule revealRule, List<Integer> reminderDays, Boolean statementRequired) {
    }

    public List<Cycle> all() {
        return Cycle.newestFirst();
    }

    public Cycle get(UUID id) {
        return Cycle.<Cycle>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cycle", id));
    }

    @Transactional
    public Cycle open(NewCycle request, String by) {
        List<FieldError> errors = new ArrayList<>();
        FrameworkVersion version = FrameworkVersion.findById(request.rubricVersionId());
        if (version == null) {
            errors.add(new FieldError("rubricVersionId", "is not a rubric version"));
        } else if (version.status != VersionStatus.PUBLISHED) {
            errors.add(new FieldError("rubricVersionId",
                    "is a " + version.status.wire() + " version; a cycle needs a published one"));
        }
        if (!request.submissionDeadline().isAfter(request.opensOn())) {
            errors.add(new FieldError("submissionDeadline", "must be after opensOn"));
        }
        if (request.closesOn() != null && !request.closesOn().isAfter(request.submissionDeadline())) {
            errors.add(new FieldError("closesOn", "must be after the submission deadline"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The cycle cannot be opened as it stands", errors);
        }
        String name = request.name().trim();
        if (Cycle.nameTaken(name)) {
            throw nameTaken(name);
        }

        Cycle cycle = new Cycle();
        cycle.id = UUID.randomUUID();
        cycle.name = name;
        cycle.rubricVersionId = version.id;
        cycle.opensOn = request.opensOn();
        cycle.submissionDeadline = request.submissionDeadline();
        cycle.closesOn = request.closesOn();
        cycle.revealRule = request.revealRule() == null ? RevealRule.DEFAULT : request.revealRule();
        cycle.reminderDays = reminderDays(request.reminderDays());
        cycle.statementRequired = request.statementRequired();
        cycle.state = Cycle.OPEN;
        cycle.createdAt = now();
        cycle.createdBy = by;
        try {
            cycle.persistAndFlush();
        } catch (PersistenceException e) {
            if (DatabaseFailures.violatesUnique(e, Cycle.NAME_UNIQUE)) {
                throw nameTaken(name);
            }
            throw e;
        }
        outbox.publish(Events.CYCLE_OPENED, cycle.id.toString(), RubricEvents.cycle(cycle));
        audit.cycleOpened(cycle, by);
        return cycle;
    }

    /** New dates, reveal rule or reminder days; each change audited and the whole cycle announced again. */
    @Transactional
    public Cycle change(UUID id, CycleChange change, ETags.IfMatch ifMatch, String by) {
        Cycle cycle = Cycle.lock(id).orElseThrow(() -> ProblemException.notFound("Cycle", id));
        precondition(cycle, ifMatch.required(cycle.version));
        if (cycle.isClosed()) {
            throw ProblemException.conflict("Cycle " + cycle.name + " is closed: reopen it before changing it");
        }
        LocalDate opensOn = change.opensOn() != null ? change.opensOn() : cycle.opensOn;
        LocalDate deadline = change.submissionDeadline() != null ? change.submissionDeadline()
                : cycle.submissionDeadline;
        if (!deadline.isAfter(opensOn)) {
            String field = change.submissionDeadline() != null ? "submissionDeadline" : "opensOn";
            throw ProblemException.unprocessable("The cycle's dates would not make sense",
                    List.of(new FieldError(field, "the submission deadline must be after opensOn")));
        }
        LocalDate closesOn = change.closesOn() != null ? change.closesOn() : cycle.closesOn;
        if (closesOn != null && !closesOn.isAfter(deadline)) {
            String field = change.closesOn() != null ? "closesOn" : "submissionDeadline";
            throw ProblemException.unprocessable("The cycle's dates would not make sense",
                    List.of(new FieldError(field, "the cycle must close after the submission deadline")));
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        record(changes, "opensOn", cycle.opensOn, opensOn);
        record(changes, "submissionDeadline", cycle.submissionDeadline, deadline);
        record(changes, "closesOn", cycle.closesOn, closesOn);
        RevealRule rule = change.revealRule() != null ? change.revealRule() : cycle.revealRule;
        record(changes, "revealRule", cycle.revealRule.wire(), rule.wire());
        List<Integer> days = change.reminderDays() != null ? reminderDays(change.reminderDays()) : cycle.reminderDays;
        record(changes, "reminderDays", cycle.reminderDays, days);
        boolean statementRequired = change.statementRequired() != null ? change.statementRequired()
                : cycle.statementRequired;
        record(changes, "statementRequired", cycle.statementRequired, statementRequired);
        if (changes.isEmpty()) {
            return cycle;
        }
        cycle.opensOn = opensOn;
        cycle.submissionDeadline = deadline;
        cycle.closesOn = closesOn;
        cycle.revealRule = rule;
        cycle.reminderDays = days;
        cycle.statementRequired = statementRequired;
        Cycle.flush();
        outbox.publish(Events.CYCLE_CHANGED, cycle.id.toString(), RubricEvents.cycle(cycle));
        audit.cycleChanged(cycle, changes, by, now());
        return cycle;
    }

    /** ADES moves a cycle to another state by hand, saying why; closing it is announced as closed. */
    @Transactional
    public Cycle moveTo(UUID id, CycleState next, String reason, ETags.IfMatch ifMatch, String by) {
        Cycle cycle = Cycle.lock(id).orElseThrow(() -> ProblemException.notFound("Cycle", id));
        precondition(cycle, ifMatch.optional(cycle.version));
        CycleState current = CycleState.fromWire(cycle.state).orElseThrow(
                () -> new IllegalStateException("Cycle " + cycle.id + " has an unknown state " + cycle.state));
        if (!current.canMoveTo(next)) {
            throw ProblemException.conflict("Cycle " + cycle.name + " is already " + current.wire());
        }
        cycle.state = next.wire();
        Cycle.flush();
        outbox.publish(next == CycleState.CLOSED ? Events.CYCLE_CLOSED : Events.CYCLE_CHANGED, cycle.id.toString(),
                RubricEvents.cycle(cycle));
        audit.cycleStateMoved(cycle, current.wire(), reason, by, now());
        return cycle;
    }

    private static void precondition(Cycle cycle, long expectedVersion) {
        if (expectedVersion != cycle.version) {
            throw ProblemException.preconditionFailed("The cycle was changed by someone else since you loaded it",
                    cycle.version);
        }
    }

    /** Distinct days, largest first; the default when none are given. Their range is checked at the edge. */
    static List<Integer> reminderDays(List<Integer> days) {
        if (days == null) {
            return Cycle.DEFAULT_REMINDER_DAYS;
        }
        return days.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    private static void record(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, Map.of("old", String.valueOf(before), "new", String.valueOf(after)));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException nameTaken(String name) {
        return new ProblemException(409, "Conflict", "There is already a cycle called " + name,
                List.of(new FieldError("name", "is already the name of another cycle")), null);
    }
}
