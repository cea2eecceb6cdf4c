package scot.quads.quad.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import scot.quads.quad.Action;
import scot.quads.quad.CouncilFocus;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.QuadSession;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.SessionItem;
import scot.quads.quad.SessionItemAction;
import scot.quads.quad.comparison.Comparison;
import scot.quads.quad.comparison.ComparisonService;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/**
 * The quad's sessions: when it meets and for what (a focus question or key question of a member council), who hosts
 * it, which roles are invited and who came, its agenda (rubric items, by default those where its revealed answers
 * diverge most; a council's key questions; free topics) and each item's outcome: the strengths and areas for
 * improvement agreed, and the actions raised from it. The next session to come lists the actions still open, and
 * every session still to come lists the challenges the councils have not answered yet.
 *
 * <p>Editors of the member councils, ADES and the ADES officers assigned to the quad plan sessions and record what
 * they concluded; the quad's other readers (viewers, link inspectors) read them.
 */
@ApplicationScoped
public class SessionService {

    /** How many questions a default agenda takes: the most divergent ones, largest spread first. */
    public static final int DEFAULT_AGENDA = 5;

    private final CycleRepository cycles;
    private final RubricVersionRepository rubricVersions;
    private final QuadWorkAccess access;
    private final ComparisonService comparisons;
    private final ActionService actions;
    private final CommentService comments;

    public SessionService(CycleRepository cycles, RubricVersionRepository rubricVersions, QuadWorkAccess access,
            ComparisonService comparisons, ActionService actions, CommentService comments) {
        this.cycles = cycles;
        this.rubricVersions = rubricVersions;
        this.access = access;
        this.comparisons = comparisons;
        this.actions = actions;
        this.comments = comments;
    }

    /** What a session is for: a focus question or a key question of one member council, in its words. */
    public record Purpose(String kind, String council, String text) {
    }

    /** One agenda item as planned: its kind and the question code, or the council and words, or the topic. */
    public record PlannedItem(String kind, String questionCode, String council, String title) {
    }

    /**
     * {@code agenda}: question codes in order, or {@code items}: the agenda's items; neither asks for the divergence
     * agenda. {@code hosts} defaults to the one who schedules it.
     */
    public record NewSession(OffsetDateTime startsAt, String location, List<String> agenda, List<PlannedItem> items,
            Purpose purpose, List<String> hosts, List<String> invitedRoles, List<QuadSession.Attendee> attendance) {
    }

    /** What a change asks for; null leaves a field as it is. */
    public record SessionChange(OffsetDateTime startsAt, String location, List<String> agenda,
            List<PlannedItem> items, String notes, Purpose purpose, List<String> hosts, List<String> invitedRoles,
            List<QuadSession.Attendee> attendance) {
    }

    /** An item's outcome: null clears a part. */
    public record Outcome(String strengths, String improvements) {
    }

    /** An agenda item with the actions raised from it. */
    public record ItemView(SessionItem item, List<Action> actions) {
    }

    /**
     * A session with the rubric its agenda names (null while unknown), its items, for the next one the open
     * actions, and, for one still to come, the challenges not answered yet that the caller may read.
     */
    public record SessionView(QuadSession session, RubricVersion rubric, List<Action> followUp, List<ItemView> items,
            List<CommentService.Thread> openChallenges) {
    }

    public List<SessionView> ofQuad(UUID quadId) {
        Quad quad = access.readable(quadId);
        List<QuadSession> sessions = QuadSession.ofQuad(quad.id);
        QuadSession next = next(sessions);
        RubricVersion rubric = rubricOrNull(quad);
        List<Action> pending = next == null ? List.of() : Action.pendingOfQuad(quad.id);
        Map<UUID, List<ItemView>> items = itemViews(sessions.stream().map(s -> s.id).toList());
        List<CommentService.Thread> open = sessions.stream().anyMatch(this::toCome) ? comments.openChallenges(quad)
                : List.of();
        return sessions.stream().map(s -> new SessionView(s, rubric, s == next ? pending : null,
                items.getOrDefault(s.id, List.of()), toCome(s) ? open : null)).toList();
    }

    public SessionView get(UUID quadId, UUID sessionId) {
        Quad quad = access.readable(quadId);
        return view(quad, inQuad(quad, sessionId));
    }

    @Transactional
    public SessionView schedule(UUID quadId, NewSession draft) {
        Quad quad = access.sessionWritable(quadId);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<PlannedItem> planned = planned(quad, draft.agenda(), draft.items(), errors);
        String location = blankToNull(draft.location());
        QuadWorkAccess.checkText("location", location, errors);
        QuadWorkAccess.checkYear("startsAt", draft.startsAt().getYear(), errors);
        Purpose purpose = draft.purpose() == null ? null : purpose(quad, draft.purpose(), errors);
        List<String> hosts = draft.hosts() == null ? List.of(access.username()) : names("hosts", draft.hosts(), errors);
        List<String> roles = draft.invitedRoles() == null ? List.of() : roles(draft.invitedRoles(), errors);
        List<QuadSession.Attendee> attendance = draft.attendance() == null ? List.of()
                : attendance(draft.attendance(), errors);
        QuadWorkAccess.refuse("The session cannot be scheduled", errors);
        if (!attendance.isEmpty() && draft.startsAt().isAfter(access.now())) {
            throw notStarted("attendance", draft.startsAt());
        }
        OffsetDateTime now = access.now();
        QuadSession session = new QuadSession();
        session.id = UUID.randomUUID();
        session.quadId = quad.id;
        session.cycleId = quad.cycleId;
        session.startsAt = draft.startsAt();
        session.location = location;
        session.agenda = codes(planned);
        setPurpose(session, purpose);
        session.hosts = hosts;
        session.invitedRoles = roles;
        session.attendance = attendance;
        session.createdAt = now;
        session.createdBy = access.username();
        session.updatedAt = now;
        session.updatedBy = access.username();
        session.persist();
        for (int i = 0; i < planned.size(); i++) {
            newItem(session, i, planned.get(i)).persist();
        }
        QuadSession.flush();
        return view(quad, session);
    }

    /**
     * Changes a session at the version the caller last read. Notes and attendance are taken once the session has
     * started. A new agenda keeps the items it still lists (their outcomes and actions with them); an item that has
     * an outcome or an action cannot be taken off (409).
     */
    @Transactional
    public SessionView change(UUID quadId, UUID sessionId, ETags.IfMatch ifMatch, SessionChange change) {
        Quad quad = access.sessionWritable(quadId);
        // Read with its row locked, so that a colleague's change committing at the same moment is seen as a newer
        // version (412 with it) rather than met at the write (409).
        QuadSession session = inQuad(quad, sessionId, LockModeType.PESSIMISTIC_WRITE);
        long expectedVersion = ifMatch.required(session.version);
        if (session.version != expectedVersion) {
            throw ProblemException.preconditionFailed("Session " + sessionId + " has changed since you read it (you"
                    + " sent version " + expectedVersion + ", it is now " + session.version + "); reload it and try"
                    + " again", session.version);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<PlannedItem> planned = change.agenda() == null && change.items() == null ? null
                : planned(quad, change.agenda(), change.items(), errors);
        QuadWorkAccess.checkText("location", change.location(), errors);
        QuadWorkAccess.checkText("notes", change.notes(), errors);
        QuadWorkAccess.checkYear("startsAt", change.startsAt() == null ? null : change.startsAt().getYear(), errors);
        Purpose purpose = change.purpose() == null ? current(session) : purpose(quad, change.purpose(), errors);
        List<String> hosts = change.hosts() == null ? session.hosts : names("hosts", change.hosts(), errors);
        List<String> roles = change.invitedRoles() == null ? session.invitedRoles
                : roles(change.invitedRoles(), errors);
        List<QuadSession.Attendee> attendance = change.attendance() == null ? session.attendance
                : attendance(change.attendance(), errors);
        QuadWorkAccess.refuse("The session cannot be changed", errors);
        OffsetDateTime startsAt = change.startsAt() == null ? session.startsAt : change.startsAt();
        if (change.notes() != null && startsAt.isAfter(access.now())) {
            throw notStarted("notes", startsAt);
        }
        if (change.attendance() != null && !change.attendance().isEmpty() && startsAt.isAfter(access.now())) {
            throw notStarted("attendance", startsAt);
        }
        boolean agendaChanged = planned != null && replaceItems(session, planned);
        String location = change.location() == null ? session.location : blankToNull(change.location());
        String notes = change.notes() == null ? session.notes : change.notes();
        boolean changes = agendaChanged || !startsAt.isEqual(session.startsAt)
                || !Objects.equals(location, session.location)
                || !Objects.equals(notes, session.notes)
                || !Objects.equals(purpose, current(session))
                || !hosts.equals(session.hosts) || !roles.equals(session.invitedRoles)
                || !attendance.equals(session.attendance);
        if (changes) {
            session.startsAt = startsAt;
            if (planned != null) {
                session.agenda = codes(planned);
            }
            session.location = location;
            session.notes = notes;
            setPurpose(session, purpose);
            session.hosts = List.copyOf(hosts);
            session.invitedRoles = List.copyOf(roles);
            session.attendance = List.copyOf(attendance);
            session.updatedAt = access.now();
            session.updatedBy = access.username();
            QuadSession.flush();
        }
        return view(quad, session);
    }

    /**
     * Records an agenda item's outcome at the item's version the caller last read (its own ETag), once the session
     * has started.
     */
    @Transactional
    public ItemView recordOutcome(UUID quadId, UUID sessionId, UUID itemId, ETags.IfMatch ifMatch, Outcome outcome) {
        Quad quad = access.sessionWritable(quadId);
        QuadSession session = inQuad(quad, sessionId);
        SessionItem item = itemOf(session, itemId, LockModeType.PESSIMISTIC_WRITE);
        long expectedVersion = ifMatch.required(item.version);
        if (item.version != expectedVersion) {
            throw ProblemException.preconditionFailed("Agenda item " + itemId + " has changed since you read it (you"
                    + " sent version " + expectedVersion + ", it is now " + item.version + "); reload it and try"
                    + " again", item.version);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        QuadWorkAccess.checkText("strengths", outcome.strengths(), errors);
        QuadWorkAccess.checkText("improvements", outcome.improvements(), errors);
        QuadWorkAccess.refuse("The outcome cannot be recorded", errors);
        if (session.startsAt.isAfter(access.now())) {
            throw notStarted("strengths", session.startsAt);
        }
        String strengths = blankToNull(outcome.strengths());
        String improvements = blankToNull(outcome.improvements());
        if (!Objects.equals(strengths, item.strengths) || !Objects.equals(improvements, item.improvements)) {
            item.strengths = strengths;
            item.improvements = improvements;
            item.outcomeBy = access.username();
            item.outcomeAt = access.now();
            SessionItem.flush();
        }
        return new ItemView(item, raisedFrom(List.of(item.id)).getOrDefault(item.id, List.of()));
    }

    /**
     * Raises an action from an agenda item: the action as the quad agrees any (editors and ADES), linked to the item
     * in the same transaction. An action from a rubric item follows up its question unless it names others.
     */
    @Transactional
    public Action raiseAction(UUID quadId, UUID sessionId, UUID itemId, ActionService.NewAction draft) {
        Quad quad = access.writable(quadId);
        QuadSession session = inQuad(quad, sessionId);
        SessionItem item = itemOf(session, itemId, LockModeType.NONE);
        ActionService.NewAction withQuestion = draft.questionCodes().isEmpty() && item.questionCode != null
                ? new ActionService.NewAction(draft.ownerCouncil(), draft.description(), List.of(item.questionCode),
                        draft.dueDate())
                : draft;
        Action action = actions.create(quad.id, withQuestion);
        SessionItemAction link = new SessionItemAction();
        link.actionId = action.id;
        link.itemId = item.id;
        link.raisedAt = access.now();
        link.raisedBy = access.username();
        link.persist();
        return action;
    }

    /** The comparison's divergence agenda for the caller (empty while nothing is revealed to it), first few. */
    private List<PlannedItem> divergenceAgenda(Quad quad) {
        Comparison comparison = comparisons.compare(quad);
        if (comparison.agenda() == null) {
            return List.of();
        }
        return comparison.agenda().stream().limit(DEFAULT_AGENDA)
                .map(item -> new PlannedItem(SessionItem.RUBRIC_ITEM, item.questionCode(), null, null)).toList();
    }

    /** The agenda asked for: question codes, or items, or (neither) the divergence agenda. */
    private List<PlannedItem> planned(Quad quad, List<String> codes, List<PlannedItem> items,
            List<Problem.FieldError> errors) {
        if (codes != null && items != null) {
            errors.add(new Problem.FieldError("items", "send either agenda (question codes) or items, not both"));
            return List.of();
        }
        if (codes == null && items == null) {
            return divergenceAgenda(quad);
        }
        if (codes != null) {
            List<String> trimmed = codes.stream().map(String::trim).toList();
            if (!trimmed.isEmpty()) {
                errors.addAll(QuadWorkAccess.questionErrors("agenda", trimmed, access.rubric(quad)));
            }
            return trimmed.stream().map(code -> new PlannedItem(SessionItem.RUBRIC_ITEM, code, null, null)).toList();
        }
        List<PlannedItem> checked = new ArrayList<>();
        Set<String> questions = new HashSet<>();
        RubricVersion rubric = items.stream().anyMatch(i -> SessionItem.RUBRIC_ITEM.equals(i.kind()))
                ? access.rubric(quad) : null;
        for (int i = 0; i < items.size(); i++) {
            PlannedItem item = items.get(i);
            String field = "items[" + i + "]";
            String code = blankToNull(item.questionCode());
            String council = blankToNull(item.council()) == null ? null : item.council().trim().toUpperCase();
            String title = blankToNull(item.title());
            QuadWorkAccess.checkText(field + ".title", title, errors);
            switch (item.kind()) {
                case SessionItem.RUBRIC_ITEM -> {
                    if (code == null) {
                        errors.add(new Problem.FieldError(field + ".questionCode", "is needed for a rubric item"));
                    } else if (!questions.add(code)) {
                        errors.add(new Problem.FieldError(field + ".questionCode", "lists " + code
                                + " more than once"));
                    } else {
                        errors.addAll(QuadWorkAccess.questionErrors(field + ".questionCode", List.of(code), rubric)
                                .stream().map(e -> new Problem.FieldError(field + ".questionCode", e.message()))
                                .toList());
                    }
                    if (council != null || title != null) {
                        errors.add(new Problem.FieldError(field, "a rubric item names its question only"));
                    }
                    checked.add(new PlannedItem(SessionItem.RUBRIC_ITEM, code, null, null));
                }
                case SessionItem.KEY_QUESTION -> {
                    if (council == null) {
                        errors.add(new Problem.FieldError(field + ".council", "is needed for a key question"));
                    } else if (!quad.hasMember(council)) {
                        errors.add(new Problem.FieldError(field + ".council", council
                                + " is not a member of this quad"));
                    }
                    if (title == null) {
                        errors.add(new Problem.FieldError(field + ".title", "is needed: the key question's words"));
                    }
                    if (code != null) {
                        errors.add(new Problem.FieldError(field + ".questionCode", "belongs to rubric items only"));
                    }
                    checked.add(new PlannedItem(SessionItem.KEY_QUESTION, null, council, title));
                }
                default -> {
                    if (title == null) {
                        errors.add(new Problem.FieldError(field + ".title", "is needed: the topic"));
                    }
                    if (code != null || council != null) {
                        errors.add(new Problem.FieldError(field, "a topic has its title only"));
                    }
                    checked.add(new PlannedItem(SessionItem.TOPIC, null, null, title));
                }
            }
        }
        return checked;
    }

    /** A member council's purpose; a focus question left unwritten is the council's agreed focus question. */
    private Purpose purpose(Quad quad, Purpose purpose, List<Problem.FieldError> errors) {
        String council = purpose.council().trim().toUpperCase();
        String text = blankToNull(purpose.text());
        if (!quad.hasMember(council)) {
            errors.add(new Problem.FieldError("purpose.council", council + " is not a member of this quad"));
            return null;
        }
        if (text == null && QuadSession.FOCUS_QUESTION.equals(purpose.kind())) {
            text = CouncilFocus.agreed(quad.cycleId, council).map(focus -> blankToNull(focus.focusQuestion))
                    .orElse(null);
            if (text == null) {
                errors.add(new Problem.FieldError("purpose.text", council + " has no agreed focus question this"
                        + " cycle: write the question the session takes up"));
            }
        } else if (text == null) {
            errors.add(new Problem.FieldError("purpose.text", "is needed: the key question's words"));
        }
        QuadWorkAccess.checkText("purpose.text", text, errors);
        return new Purpose(purpose.kind(), council, text);
    }

    private static Purpose current(QuadSession session) {
        return session.purposeKind == null ? null
                : new Purpose(session.purposeKind, session.purposeCouncil, session.purposeText);
    }

    private static void setPurpose(QuadSession session, Purpose purpose) {
        session.purposeKind = purpose == null ? null : purpose.kind();
        session.purposeCouncil = purpose == null ? null : purpose.council();
        session.purposeText = purpose == null ? null : purpose.text();
    }

    private static List<String> names(String field, List<String> names, List<Problem.FieldError> errors) {
        List<String> trimmed = names.stream().map(String::trim).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < trimmed.size(); i++) {
            QuadWorkAccess.checkText(field + "[" + i + "]", trimmed.get(i), errors);
            if (!seen.add(trimmed.get(i))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "names " + trimmed.get(i) + " twice"));
            }
        }
        return trimmed;
    }

    private static List<String> roles(List<String> roles, List<Problem.FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            if (!seen.add(roles.get(i))) {
                errors.add(new Problem.FieldError("invitedRoles[" + i + "]", "names " + roles.get(i) + " twice"));
            }
        }
        return List.copyOf(roles);
    }

    private static List<QuadSession.Attendee> attendance(List<QuadSession.Attendee> attendance,
            List<Problem.FieldError> errors) {
        List<QuadSession.Attendee> trimmed = new ArrayList<>();
        for (int i = 0; i < attendance.size(); i++) {
            QuadSession.Attendee attendee = attendance.get(i);
            QuadWorkAccess.checkText("attendance[" + i + "].name", attendee.name(), errors);
            QuadWorkAccess.checkText("attendance[" + i + "].organisation", attendee.organisation(), errors);
            trimmed.add(new QuadSession.Attendee(attendee.name().trim(), blankToNull(attendee.organisation())));
        }
        return trimmed;
    }

    /**
     * Puts the planned items in place of the session's: an item still listed keeps its row (outcome, actions,
     * version); one taken off that has an outcome or an action is refused. True when anything changed.
     */
    private boolean replaceItems(QuadSession session, List<PlannedItem> planned) {
        List<SessionItem> existing = SessionItem.ofSession(session.id);
        List<SessionItem> wanted = new ArrayList<>();
        List<SessionItem> unmatched = new ArrayList<>(existing);
        boolean changed = existing.size() != planned.size();
        for (int i = 0; i < planned.size(); i++) {
            SessionItem candidate = newItem(session, i, planned.get(i));
            SessionItem kept = unmatched.stream().filter(candidate::sameAs).findFirst().orElse(null);
            if (kept != null) {
                unmatched.remove(kept);
                if (kept.position != i) {
                    kept.position = i;
                    changed = true;
                }
                wanted.add(kept);
            } else {
                changed = true;
                wanted.add(candidate);
            }
        }
        Set<UUID> withActions = new HashSet<>(SessionItemAction.ofItems(unmatched.stream().map(i -> i.id).toList())
                .stream().map(link -> link.itemId).toList());
        List<Problem.FieldError> kept = new ArrayList<>();
        for (SessionItem gone : unmatched) {
            if (gone.hasOutcome() || withActions.contains(gone.id)) {
                kept.add(new Problem.FieldError("items", "keeps " + describe(gone) + ": its outcome or actions are"
                        + " recorded"));
            }
        }
        if (!kept.isEmpty()) {
            throw new ProblemException(409, "Conflict", "An agenda item whose outcome or actions are recorded stays"
                    + " on the agenda", kept, null);
        }
        unmatched.forEach(item -> item.delete());
        wanted.stream().filter(item -> !item.isPersistent()).forEach(item -> item.persist());
        return changed;
    }

    private static String describe(SessionItem item) {
        return switch (item.kind) {
            case SessionItem.RUBRIC_ITEM -> item.questionCode;
            case SessionItem.KEY_QUESTION -> item.council + "'s key question";
            default -> "the topic '" + item.title + "'";
        };
    }

    private static SessionItem newItem(QuadSession session, int position, PlannedItem planned) {
        SessionItem item = new SessionItem();
        item.id = UUID.randomUUID();
        item.sessionId = session.id;
        item.position = position;
        item.kind = planned.kind();
        item.questionCode = planned.questionCode();
        item.council = planned.council();
        item.title = planned.title();
        return item;
    }

    private static List<String> codes(List<PlannedItem> planned) {
        return planned.stream().filter(i -> SessionItem.RUBRIC_ITEM.equals(i.kind()))
                .map(PlannedItem::questionCode).toList();
    }

    private static ProblemException notStarted(String field, OffsetDateTime startsAt) {
        return new ProblemException(409, "Conflict", "Notes, attendance and outcomes are recorded once the session"
                + " has started; it starts at " + startsAt,
                List.of(new Problem.FieldError(field, "the session has not started yet")), null);
    }

    private SessionView view(Quad quad, QuadSession session) {
        QuadSession next = next(QuadSession.ofQuad(quad.id));
        boolean isNext = next != null && next.id.equals(session.id);
        return new SessionView(session, rubricOrNull(quad), isNext ? Action.pendingOfQuad(quad.id) : null,
                itemViews(List.of(session.id)).getOrDefault(session.id, List.of()),
                toCome(session) ? comments.openChallenges(quad) : null);
    }

    /** Each session's items in agenda order, with the actions raised from each. */
    private Map<UUID, List<ItemView>> itemViews(List<UUID> sessionIds) {
        List<SessionItem> items = SessionItem.ofSessions(sessionIds);
        Map<UUID, List<Action>> raised = raisedFrom(items.stream().map(i -> i.id).toList());
        Map<UUID, List<ItemView>> views = new LinkedHashMap<>();
        for (SessionItem item : items) {
            views.computeIfAbsent(item.sessionId, id -> new ArrayList<>())
                    .add(new ItemView(item, raised.getOrDefault(item.id, List.of())));
        }
        return views;
    }

    private static Map<UUID, List<Action>> raisedFrom(List<UUID> itemIds) {
        List<SessionItemAction> links = SessionItemAction.ofItems(itemIds);
        Map<UUID, Action> byId = new LinkedHashMap<>();
        if (!links.isEmpty()) {
            Action.<Action>list("id in ?1", links.stream().map(l -> l.actionId).toList())
                    .forEach(action -> byId.put(action.id, action));
        }
        Map<UUID, List<Action>> raised = new LinkedHashMap<>();
        for (SessionItemAction link : links) {
            Action action = byId.get(link.actionId);
            if (action != null) {
                raised.computeIfAbsent(link.itemId, id -> new ArrayList<>()).add(action);
            }
        }
        return raised;
    }

    /** A session that has not started yet. */
    private boolean toCome(QuadSession session) {
        return !session.startsAt.isBefore(access.now());
    }

    /** The first session that has not started yet. */
    private QuadSession next(List<QuadSession> sessions) {
        return sessions.stream().filter(this::toCome).findFirst().orElse(null);
    }

    private QuadSession inQuad(Quad quad, UUID sessionId) {
        return inQuad(quad, sessionId, LockModeType.NONE);
    }

    private QuadSession inQuad(Quad quad, UUID sessionId, LockModeType lock) {
        QuadSession session = QuadSession.<QuadSession>findByIdOptional(sessionId, lock).orElse(null);
        if (session == null || !session.quadId.equals(quad.id)) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return session;
    }

    private static SessionItem itemOf(QuadSession session, UUID itemId, LockModeType lock) {
        SessionItem item = SessionItem.<SessionItem>findByIdOptional(itemId, lock).orElse(null);
        if (item == null || !item.sessionId.equals(session.id)) {
            throw ProblemException.notFound("Agenda item", itemId);
        }
        return item;
    }

    private RubricVersion rubricOrNull(Quad quad) {
        Cycle cycle = cycles.find(quad.cycleId).orElseThrow();
        return rubricVersions.find(cycle.rubricVersionId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
