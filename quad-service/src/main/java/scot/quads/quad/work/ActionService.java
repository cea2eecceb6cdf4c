package scot.quads.quad.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import scot.quads.contract.Events;
import scot.quads.quad.Action;
import scot.quads.quad.Quad;
import scot.quads.quad.assignment.AssignmentAccess;
import scot.quads.quad.event.QuadWorkEvents;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/**
 * The actions a quad agrees: each owned by one member council, following up some of the rubric's questions, due by
 * a date. Its status moves open → in-progress → done, may be dropped (with a reason) and reopened; every creation
 * and change is announced so that the owners can be told.
 */
@ApplicationScoped
public class ActionService {

    /** The statuses each status may move to. */
    static final Map<String, Set<String>> MOVES = Map.of(
            Action.OPEN, Set.of(Action.IN_PROGRESS, Action.DONE, Action.DROPPED),
            Action.IN_PROGRESS, Set.of(Action.OPEN, Action.DONE, Action.DROPPED),
            Action.DONE, Set.of(Action.OPEN),
            Action.DROPPED, Set.of(Action.OPEN));

    private final QuadWorkAccess access;
    private final Outbox outbox;
    private final AssignmentAccess assignments;

    public ActionService(QuadWorkAccess access, Outbox outbox, AssignmentAccess assignments) {
        this.access = access;
        this.outbox = outbox;
        this.assignments = assignments;
    }

    public record NewAction(String ownerCouncil, String description, List<String> questionCodes,
            LocalDate dueDate) {
    }

    /** What a change asks for; null leaves a field as it is. {@code reason} goes with a status change. */
    public record ActionChange(String ownerCouncil, String description, List<String> questionCodes,
            LocalDate dueDate, String status, String reason) {
    }

    public List<Action> ofQuad(UUID quadId) {
        return Action.ofQuad(access.readable(quadId).id);
    }

    public Action get(UUID quadId, UUID actionId) {
        return inQuad(access.readable(quadId), actionId);
    }

    /** Agrees an action without an idempotency key. */
    public Action create(UUID quadId, NewAction draft) {
        return create(quadId, draft, null);
    }

    /**
     * Agrees an action. With an idempotency key (the {@code Idempotency-Key} header), the same user sending the same
     * action again with the same key in the same quad (a retry after an answer that never arrived) gets the action
     * it already created, and nothing is created or announced twice; the key used for a different action is 422.
     */
    @Transactional
    public Action create(UUID quadId, NewAction draft, String idempotencyKey) {
        Quad quad = access.writable(quadId);
        String fingerprint = IdempotencyKey.checked(idempotencyKey) == null ? null : fingerprint(draft);
        if (fingerprint != null) {
            Action earlier = Action.createdWithKey(quad.id, access.username(), idempotencyKey).orElse(null);
            if (earlier != null) {
                // The action may have changed since; what it was created from is what a retry must match.
                if (!fingerprint.equals(earlier.idempotencyFingerprint)) {
                    throw IdempotencyKey.usedElsewhere("action");
                }
                return earlier;
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String owner = owner(quad, draft.ownerCouncil(), errors);
        List<String> questions = questions(quad, draft.questionCodes(), errors);
        QuadWorkAccess.checkText("description", draft.description(), errors);
        QuadWorkAccess.checkYear("dueDate", draft.dueDate().getYear(), errors);
        QuadWorkAccess.refuse("The action cannot be agreed", errors);
        OffsetDateTime now = access.now();
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.quadId = quad.id;
        action.cycleId = quad.cycleId;
        action.ownerCouncil = owner;
        action.description = draft.description().trim();
        action.questionCodes = questions;
        action.dueDate = draft.dueDate();
        action.status = Action.OPEN;
        action.createdAt = now;
        action.createdBy = access.username();
        action.updatedAt = now;
        action.updatedBy = access.username();
        action.idempotencyKey = idempotencyKey;
        action.idempotencyFingerprint = fingerprint;
        action.persist();
        outbox.publish(Events.ACTION_CREATED, quad.id.toString(),
                QuadWorkEvents.action(action, null, access.username(), now));
        return action;
    }

    /** Changes an action at the version the caller last read; a change that changes nothing is not announced. */
    @Transactional
    public Action change(UUID quadId, UUID actionId, ETags.IfMatch ifMatch, ActionChange change) {
        Quad quad = access.writable(quadId);
        // Read with its row locked: a colleague's change committing at the same moment is waited for and then
        // seen here as a newer version (412 with it), rather than met at the write as a bare conflict (409).
        Action action = inQuad(quad, actionId, LockModeType.PESSIMISTIC_WRITE);
        long expectedVersion = ifMatch.required(action.version);
        if (action.version != expectedVersion) {
            throw ProblemException.preconditionFailed("Action " + actionId + " has changed since you read it (you"
                    + " sent version " + expectedVersion + ", it is now " + action.version + "); reload it and try"
                    + " again", action.version);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String owner = change.ownerCouncil() == null ? action.ownerCouncil : owner(quad, change.ownerCouncil(), errors);
        List<String> questions = change.questionCodes() == null ? action.questionCodes
                : questions(quad, change.questionCodes(), errors);
        QuadWorkAccess.checkText("description", change.description(), errors);
        QuadWorkAccess.checkText("reason", change.reason(), errors);
        QuadWorkAccess.checkYear("dueDate", change.dueDate() == null ? null : change.dueDate().getYear(), errors);
        String status = change.status() == null ? action.status : change.status();
        String reason = blankToNull(change.reason());
        boolean statusMoves = !status.equals(action.status);
        if (Action.DROPPED.equals(status) && statusMoves && reason == null) {
            errors.add(new Problem.FieldError("reason", "is required when an action is dropped"));
        }
        if (!statusMoves && reason != null) {
            errors.add(new Problem.FieldError("reason", "goes with a change of status; the action is already "
                    + status));
        }
        QuadWorkAccess.refuse("The action cannot be changed", errors);
        if (statusMoves && !MOVES.get(action.status).contains(status)) {
            throw new ProblemException(409, "Conflict", "An action that is " + action.status + " cannot become "
                    + status + "; from " + action.status + " it can become " + String.join(" or ",
                    MOVES.get(action.status).stream().sorted().toList()),
                    List.of(new Problem.FieldError("status", "cannot move from " + action.status + " to " + status)),
                    null);
        }
        String description = change.description() == null ? action.description : change.description().trim();
        LocalDate due = change.dueDate() == null ? action.dueDate : change.dueDate();
        boolean changes = statusMoves || !owner.equals(action.ownerCouncil)
                || !description.equals(action.description) || !questions.equals(action.questionCodes)
                || !due.equals(action.dueDate);
        if (!changes) {
            return action;
        }
        String previous = action.status;
        action.ownerCouncil = owner;
        action.description = description;
        action.questionCodes = questions;
        action.dueDate = due;
        if (statusMoves) {
            action.status = status;
            action.statusReason = reason;
        }
        OffsetDateTime now = access.now();
        action.updatedAt = now;
        action.updatedBy = access.username();
        Action.flush();
        outbox.publish(Events.ACTION_CHANGED, quad.id.toString(),
                QuadWorkEvents.action(action, statusMoves ? previous : null, access.username(), now));
        return action;
    }

    /**
     * Actions still open or in progress whose due date has passed, in the caller's reach: every quad's for ADES, the
     * quads of the caller's council for a council user; in one cycle when {@code cycleId} is given.
     */
    public List<Action> overdue(UUID cycleId) {
        List<UUID> quads;
        if (access.caller().isAdes()) {
            quads = Quad.liveIds(cycleId);
        } else if (access.caller().isAssignedReader()) {
            quads = assignments.quadIds(cycleId);
        } else {
            String council = access.caller().requireCouncil().toUpperCase();
            quads = Quad.idsWithMember(council, cycleId);
        }
        return Action.overdue(quads, access.today());
    }

    /** What an action was asked for, as the SHA-256 of its fields as sent (trimmed, the owner upper-cased). */
    static String fingerprint(NewAction draft) {
        StringBuilder request = new StringBuilder();
        request.append(draft.ownerCouncil().trim().toUpperCase()).append('\u0000')
                .append(draft.description().trim()).append('\u0000').append(draft.dueDate());
        for (String code : draft.questionCodes()) {
            request.append('\u0000').append(code.trim());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private Action inQuad(Quad quad, UUID actionId) {
        return inQuad(quad, actionId, LockModeType.NONE);
    }

    private Action inQuad(Quad quad, UUID actionId, LockModeType lock) {
        Action action = Action.<Action>findByIdOptional(actionId, lock).orElse(null);
        if (action == null || !action.quadId.equals(quad.id)) {
            throw ProblemException.notFound("Action", actionId);
        }
        return action;
    }

    private static String owner(Quad quad, String code, List<Problem.FieldError> errors) {
        String owner = code.trim().toUpperCase();
        if (!quad.hasMember(owner)) {
            errors.add(new Problem.FieldError("ownerCouncil", owner + " is not a member of this quad"));
        }
        return owner;
    }

    private List<String> questions(Quad quad, List<String> codes, List<Problem.FieldError> errors) {
        List<String> trimmed = codes.stream().map(String::trim).toList();
        if (!trimmed.isEmpty()) {
            errors.addAll(QuadWorkAccess.questionErrors("questionCodes", trimmed, access.rubric(quad)));
        }
        return trimmed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
