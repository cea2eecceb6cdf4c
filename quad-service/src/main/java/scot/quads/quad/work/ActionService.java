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
import scot.quads.quad.authority.AuthorityIndicators;
import scot.quads.quad.findings.FindingsDraft;
import scot.quads.quad.findings.FindingsReport;
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
    private final AuthorityIndicators indicators;

    public ActionService(QuadWorkAccess access, Outbox outbox, AssignmentAccess assignments,
            AuthorityIndicators indicators) {
        this.access = access;
        this.outbox = outbox;
        this.assignments = assignments;
        this.indicators = indicators;
    }

    public record NewAction(String ownerCouncil, String description, List<String> questionCodes,
            LocalDate dueDate, Plan plan) {

        public NewAction(String ownerCouncil, String description, List<String> questionCodes, LocalDate dueDate) {
            this(ownerCouncil, description, questionCodes, dueDate, Plan.NONE);
        }
    }

    /**
     * An action's line in the improvement plan: the accountable officer (name, role), the measure of success, its
     * baseline and target, an LGBF indicator's code, and the id of the findings report's next step it serves. In a
     * change, null leaves a field as it is and an empty text clears it.
     */
    public record Plan(String officerName, String officerRole, String successMeasure, String baseline,
            String target, String indicatorCode, String nextStepId) {

        public static final Plan NONE = new Plan(null, null, null, null, null, null, null);
    }

    /** What a change asks for; null leaves a field as it is. {@code reason} goes with a status change. */
    public record ActionChange(String ownerCouncil, String description, List<String> questionCodes,
            LocalDate dueDate, String status, String reason, Plan plan) {

        public ActionChange(String ownerCouncil, String description, List<String> questionCodes,
                LocalDate dueDate, String status, String reason) {
            this(ownerCouncil, description, questionCodes, dueDate, status, reason, Plan.NONE);
        }
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
        Plan plan = draft.plan() == null ? Plan.NONE : draft.plan();
        Action action = new Action();
        applyPlan(quad, action, owner, plan, errors);
        QuadWorkAccess.refuse("The action cannot be agreed", errors);
        OffsetDateTime now = access.now();
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
        Plan plan = change.plan() == null ? Plan.NONE : change.plan();
        PlanState before = PlanState.of(action);
        applyPlan(quad, action, owner, plan, errors);
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
        if (!errors.isEmpty()) {
            before.restore(action);
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
                || !due.equals(action.dueDate) || !before.equals(PlanState.of(action));
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

    /**
     * Sets the plan's fields on {@code action} (for {@code owner}), collecting what is wrong: a target needs a
     * baseline, an indicator must be one authority-service knows (its latest value for the owner is kept with it),
     * a next step must be a paragraph of the next steps of the owner's findings report for the cycle.
     */
    private void applyPlan(Quad quad, Action action, String owner, Plan plan, List<Problem.FieldError> errors) {
        boolean ownerMoves = action.ownerCouncil != null && !owner.equals(action.ownerCouncil);
        action.officerName = text("officerName", plan.officerName(), action.officerName, errors);
        action.officerRole = text("officerRole", plan.officerRole(), action.officerRole, errors);
        action.successMeasure = text("successMeasure", plan.successMeasure(), action.successMeasure, errors);
        action.baseline = text("baseline", plan.baseline(), action.baseline, errors);
        action.target = text("target", plan.target(), action.target, errors);
        if (action.target != null && action.baseline == null) {
            errors.add(new Problem.FieldError("baseline", "is required when a target is set: say where the measure"
                    + " starts from"));
        }
        String indicator = text("indicatorCode", plan.indicatorCode(), action.indicatorCode, errors);
        boolean indicatorChanges = plan.indicatorCode() != null
                && !java.util.Objects.equals(indicator, action.indicatorCode);
        if (indicator == null) {
            action.indicatorCode = null;
            action.indicatorTitle = null;
            action.indicatorUnit = null;
            action.indicatorPeriod = null;
            action.indicatorValue = null;
        } else if ((indicatorChanges || ownerMoves)
                && errors.stream().noneMatch(e -> e.field().equals("indicatorCode"))) {
            try {
                AuthorityIndicators.Reading reading = indicators.latest(indicator, owner, "indicatorCode");
                action.indicatorCode = reading.code();
                action.indicatorTitle = reading.title() == null ? reading.code() : reading.title();
                action.indicatorUnit = reading.unit();
                action.indicatorPeriod = reading.period();
                action.indicatorValue = reading.value();
            } catch (ProblemException e) {
                if (e.status() != 422) {
                    throw e;
                }
                errors.add(new Problem.FieldError("indicatorCode", indicator + " is not an indicator"
                        + " authority-service knows"));
            }
        }
        String nextStep = plan.nextStepId() == null ? null : plan.nextStepId().trim();
        if (nextStep != null && nextStep.isEmpty()) {
            action.nextStepId = null;
            action.nextStepText = null;
        } else if (nextStep != null || (ownerMoves && action.nextStepId != null)) {
            UUID id = nextStep == null ? action.nextStepId : uuid(nextStep);
            String text = id == null ? null : nextStepText(quad, owner, id);
            if (text == null) {
                errors.add(new Problem.FieldError("nextStepId", "is not one of the next steps in " + owner
                        + "'s findings report for this cycle"));
            } else {
                action.nextStepId = id;
                action.nextStepText = text;
            }
        }
    }

    private static String nextStepText(Quad quad, String owner, UUID paragraphId) {
        return FindingsReport.latest(quad.cycleId, owner)
                .flatMap(report -> report.section(FindingsDraft.NEXT_STEPS))
                .flatMap(section -> section.paragraphs().stream().filter(p -> paragraphId.equals(p.id())).findFirst())
                .map(FindingsReport.Paragraph::text).orElse(null);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    /** A plan field's new value: null keeps {@code current}, a blank text clears it, else the text trimmed. */
    private static String text(String field, String sent, String current, List<Problem.FieldError> errors) {
        if (sent == null) {
            return current;
        }
        QuadWorkAccess.checkText(field, sent, errors);
        return blankToNull(sent);
    }

    /** The plan's fields as they stood, to tell whether a change changed them and to put them back on refusal. */
    private record PlanState(String officerName, String officerRole, String successMeasure, String baseline,
            String target, String indicatorCode, String indicatorTitle, String indicatorUnit, String indicatorPeriod,
            Double indicatorValue, UUID nextStepId, String nextStepText) {

        static PlanState of(Action a) {
            return new PlanState(a.officerName, a.officerRole, a.successMeasure, a.baseline, a.target,
                    a.indicatorCode, a.indicatorTitle, a.indicatorUnit, a.indicatorPeriod, a.indicatorValue,
                    a.nextStepId, a.nextStepText);
        }

        void restore(Action a) {
            a.officerName = officerName;
            a.officerRole = officerRole;
            a.successMeasure = successMeasure;
            a.baseline = baseline;
            a.target = target;
            a.indicatorCode = indicatorCode;
            a.indicatorTitle = indicatorTitle;
            a.indicatorUnit = indicatorUnit;
            a.indicatorPeriod = indicatorPeriod;
            a.indicatorValue = indicatorValue;
            a.nextStepId = nextStepId;
            a.nextStepText = nextStepText;
        }
    }

    /**
     * What an action was asked for, as the SHA-256 of its fields as sent (trimmed, the owner upper-cased), the
     * plan's fields among them. A draft without plan fields hashes as it did before the plan existed, so that a
     * retry of an action created then still matches.
     */
    static String fingerprint(NewAction draft) {
        StringBuilder request = new StringBuilder();
        request.append(draft.ownerCouncil().trim().toUpperCase()).append('\u0000')
                .append(draft.description().trim()).append('\u0000').append(draft.dueDate());
        for (String code : draft.questionCodes()) {
            request.append('\u0000').append(code.trim());
        }
        Plan plan = draft.plan() == null ? Plan.NONE : draft.plan();
        List<String> planFields = java.util.Arrays.asList(plan.officerName(), plan.officerRole(),
                plan.successMeasure(), plan.baseline(), plan.target(), plan.indicatorCode(), plan.nextStepId());
        if (planFields.stream().anyMatch(field -> blankToNull(field) != null)) {
            // Set apart from the questions (which come before it, any number of them) by a separator of its own.
            request.append('\u0001');
            for (String field : planFields) {
                String value = blankToNull(field);
                request.append('\u0000').append(value == null ? "" : value);
            }
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
