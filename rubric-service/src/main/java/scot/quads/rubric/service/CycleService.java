package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import scot.quads.contract.Events;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.RevealRule;
import scot.quads.rubric.VersionStatus;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;

/** Annual cycles: ADES opens one on a published rubric version with a submission deadline. */
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
            RevealRule revealRule) {
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
        cycle.revealRule = request.revealRule() == null ? RevealRule.DEFAULT : request.revealRule();
        cycle.state = Cycle.OPEN;
        cycle.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        cycle.createdBy = by;
        try {
            cycle.persist();
            Cycle.flush();
        } catch (ConstraintViolationException e) {
            throw nameTaken(name);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                throw nameTaken(name);
            }
            throw e;
        }
        outbox.publish(Events.CYCLE_OPENED, cycle.id.toString(), RubricEvents.cycle(cycle));
        audit.cycleOpened(cycle, by);
        return cycle;
    }

    private static ProblemException nameTaken(String name) {
        return new ProblemException(409, "Conflict", "There is already a cycle called " + name,
                List.of(new FieldError("name", "is already the name of another cycle")), null);
    }
}
