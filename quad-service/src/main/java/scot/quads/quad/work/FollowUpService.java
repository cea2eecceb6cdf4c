package scot.quads.quad.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import scot.quads.contract.Events;
import scot.quads.quad.Action;
import scot.quads.quad.ActionProgress;
import scot.quads.quad.CycleFollowUp;
import scot.quads.quad.Quad;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.event.QuadWorkEvents;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.FollowUpRepository;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/**
 * The follow-up of a round's actions: the follow-up point (ADES's date for the cycle, else a year after the owner's
 * findings report was first published), and the progress the owner records on each action then: its status and
 * the evidence of its impact. A record that moves the action's status moves it as a change would (the same allowed
 * moves) and is announced as one.
 */
@ApplicationScoped
public class FollowUpService {

    /** The longest evidence of impact. */
    public static final int LONGEST_IMPACT = 5000;

    private final QuadWorkAccess access;
    private final Outbox outbox;
    private final FollowUpRepository followUps;
    private final CycleRepository cycles;
    private final QuadConfig config;

    public FollowUpService(QuadWorkAccess access, Outbox outbox, FollowUpRepository followUps,
            CycleRepository cycles, QuadConfig config) {
        this.access = access;
        this.outbox = outbox;
        this.followUps = followUps;
        this.cycles = cycles;
        this.config = config;
    }

    /** The action's follow-up point: the cycle's when set, else a year after first publication; null before. */
    public LocalDate pointFor(Action action) {
        return pointFor(action.cycleId, action.ownerCouncil);
    }

    public LocalDate pointFor(UUID cycleId, String councilCode) {
        CycleFollowUp set = CycleFollowUp.findById(cycleId);
        if (set != null) {
            return set.followUpOn;
        }
        ZoneId zone = config.timeZone();
        return followUps.firstPublished(cycleId, councilCode)
                .map(published -> published.atZoneSameInstant(zone).toLocalDate().plusYears(1)).orElse(null);
    }

    /** The cycle's follow-up point as ADES set it; null when it is left to each council's publication. */
    public CycleFollowUp ofCycle(UUID cycleId) {
        if (cycles.find(cycleId).isEmpty()) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
        return CycleFollowUp.findById(cycleId);
    }

    /**
     * The ETag of a cycle's follow-up point: 0 while ADES has set none, else one more than its row's version (which
     * starts at 0), so that "none yet" and "first set" are told apart.
     */
    public static long etag(CycleFollowUp followUp) {
        return followUp == null ? 0 : followUp.version + 1L;
    }

    /**
     * ADES sets (or moves) the cycle's follow-up point, at the version it read ({@code "0"} while none is set):
     * 428 without If-Match, 412 naming the point as it now stands when a colleague set or moved it since.
     */
    @Transactional
    public CycleFollowUp setForCycle(UUID cycleId, ETags.IfMatch ifMatch, LocalDate followUpOn) {
        if (!access.caller().isAdes()) {
            throw ProblemException.forbidden("Only ADES sets a cycle's follow-up point");
        }
        if (cycles.find(cycleId).isEmpty()) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
        CycleFollowUp followUp = CycleFollowUp.findById(cycleId, LockModeType.PESSIMISTIC_WRITE);
        long current = etag(followUp);
        long expected = ifMatch.required(current, followUp != null);
        if (expected != current) {
            throw stale(followUp, expected);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        QuadWorkAccess.checkYear("followUpOn", followUpOn.getYear(), errors);
        QuadWorkAccess.refuse("The follow-up point cannot be set", errors);
        if (followUp == null) {
            followUp = new CycleFollowUp();
            followUp.cycleId = cycleId;
            followUp.followUpOn = followUpOn;
            followUp.setAt = access.now();
            followUp.setBy = access.username();
            try {
                followUp.persistAndFlush();
            } catch (PersistenceException e) {
                if (DatabaseFailures.uniqueViolation(e).isPresent()) {
                    // A colleague set the first point at the same moment, from the same "none yet".
                    throw ProblemException.preconditionFailed("A colleague set the cycle's follow-up point at the"
                            + " same moment: reload it and try again", null);
                }
                throw e;
            }
            return followUp;
        }
        if (!followUp.followUpOn.equals(followUpOn)) {
            followUp.followUpOn = followUpOn;
            followUp.setAt = access.now();
            followUp.setBy = access.username();
        }
        CycleFollowUp.flush();
        return followUp;
    }

    private static ProblemException stale(CycleFollowUp followUp, long expected) {
        if (followUp == null) {
            return ProblemException.preconditionFailed("The cycle has no follow-up point set yet (each council's is a"
                    + " year after its report is published): send If-Match \"0\" to set one", 0L);
        }
        return ProblemException.preconditionFailed("The cycle's follow-up point was set by " + followUp.setBy
                + " since you read it: it is now " + followUp.followUpOn + " (you sent version " + expected
                + ", it is now " + etag(followUp) + "); reload it and try again", etag(followUp));
    }

    /** The progress recorded on the action, oldest first. */
    public List<ActionProgress> progress(UUID quadId, UUID actionId) {
        Quad quad = access.readable(quadId);
        Action action = Action.findById(actionId);
        if (action == null || !action.quadId.equals(quad.id)) {
            throw ProblemException.notFound("Action", actionId);
        }
        return ActionProgress.ofActions(List.of(actionId));
    }

    /** What was recorded, and the action as it stands after it. */
    public record Recorded(ActionProgress progress, Action action) {
    }

    /**
     * The owner's editors (or ADES) record the action's progress, at the action's version they read: its status
     * now and the evidence of its impact.
     */
    @Transactional
    public Recorded record(UUID quadId, UUID actionId, ETags.IfMatch ifMatch, String status, String impact) {
        Quad quad = access.writable(quadId);
        Action action = Action.<Action>findByIdOptional(actionId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (action == null || !action.quadId.equals(quad.id)) {
            throw ProblemException.notFound("Action", actionId);
        }
        if (!access.caller().isAdes() && !access.caller().belongsTo(action.ownerCouncil)) {
            throw ProblemException.forbidden("Only the editors of " + action.ownerCouncil + ", which owns the action,"
                    + " and ADES record its progress");
        }
        long expected = ifMatch.required(action.version);
        if (action.version != expected) {
            throw ProblemException.preconditionFailed("Action " + actionId + " has changed since you read it (you"
                    + " sent version " + expected + ", it is now " + action.version + "); reload it and try again",
                    action.version);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String evidence = impact == null ? "" : impact.trim();
        if (evidence.isEmpty()) {
            errors.add(new Problem.FieldError("impact", "is required: say what difference the action has made"));
        }
        QuadWorkAccess.checkText("impact", impact, errors);
        QuadWorkAccess.refuse("The progress cannot be recorded", errors);
        boolean moves = !status.equals(action.status);
        if (moves && !ActionService.MOVES.get(action.status).contains(status)) {
            throw new ProblemException(409, "Conflict", "An action that is " + action.status + " cannot become "
                    + status, List.of(new Problem.FieldError("status", "cannot move from " + action.status + " to "
                    + status)), null);
        }
        OffsetDateTime now = access.now();
        ActionProgress progress = new ActionProgress();
        progress.id = UUID.randomUUID();
        progress.actionId = action.id;
        progress.status = status;
        progress.impact = evidence;
        progress.recordedAt = now;
        progress.recordedBy = access.username();
        progress.persist();
        String previous = action.status;
        action.status = status;
        if (moves) {
            // The evidence says why it moved (a dropped action needs a reason).
            action.statusReason = shortened(evidence);
        }
        action.updatedAt = now;
        action.updatedBy = access.username();
        Action.flush();
        outbox.publish(Events.ACTION_CHANGED, quad.id.toString(),
                QuadWorkEvents.action(action, moves ? previous : null, access.username(), now));
        return new Recorded(progress, action);
    }

    /** A status reason holds at most 2000 characters: the evidence's first ones, marked when cut. */
    private static String shortened(String evidence) {
        return evidence.length() <= 2000 ? evidence : evidence.substring(0, 1999) + "…";
    }
}
