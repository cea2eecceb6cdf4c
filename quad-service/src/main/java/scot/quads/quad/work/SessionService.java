package scot.quads.quad.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import scot.quads.quad.Action;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.QuadSession;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.comparison.Comparison;
import scot.quads.quad.comparison.ComparisonService;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/**
 * The quad's sessions: when it meets, which questions it discusses (by default those where its revealed answers
 * diverge most), and what it noted afterwards. The next session to come lists the actions still open, so the quad
 * follows them up.
 */
@ApplicationScoped
public class SessionService {

    /** How many questions a default agenda takes: the most divergent ones, largest spread first. */
    public static final int DEFAULT_AGENDA = 5;

    private final CycleRepository cycles;
    private final RubricVersionRepository rubricVersions;
    private final QuadWorkAccess access;
    private final ComparisonService comparisons;

    public SessionService(CycleRepository cycles, RubricVersionRepository rubricVersions, QuadWorkAccess access,
            ComparisonService comparisons) {
        this.cycles = cycles;
        this.rubricVersions = rubricVersions;
        this.access = access;
        this.comparisons = comparisons;
    }

    /** {@code agenda}: question codes in order; null asks for the divergence agenda. */
    public record NewSession(OffsetDateTime startsAt, String location, List<String> agenda) {
    }

    /** What a change asks for; null leaves a field as it is. */
    public record SessionChange(OffsetDateTime startsAt, String location, List<String> agenda, String notes) {
    }

    /** A session with the rubric its agenda names (null while unknown) and, for the next one, the open actions. */
    public record SessionView(QuadSession session, RubricVersion rubric, List<Action> followUp) {
    }

    public List<SessionView> ofQuad(UUID quadId) {
        Quad quad = access.readable(quadId);
        List<QuadSession> sessions = QuadSession.ofQuad(quad.id);
        QuadSession next = next(sessions);
        RubricVersion rubric = rubricOrNull(quad);
        List<Action> pending = next == null ? List.of() : Action.pendingOfQuad(quad.id);
        return sessions.stream().map(s -> new SessionView(s, rubric, s == next ? pending : null)).toList();
    }

    public SessionView get(UUID quadId, UUID sessionId) {
        Quad quad = access.readable(quadId);
        return view(quad, inQuad(quad, sessionId));
    }

    @Transactional
    public SessionView schedule(UUID quadId, NewSession draft) {
        Quad quad = access.writable(quadId);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> agenda = draft.agenda() == null ? divergenceAgenda(quad) : agenda(quad, draft.agenda(), errors);
        String location = blankToNull(draft.location());
        QuadWorkAccess.checkText("location", location, errors);
        QuadWorkAccess.checkYear("startsAt", draft.startsAt().getYear(), errors);
        QuadWorkAccess.refuse("The session cannot be scheduled", errors);
        OffsetDateTime now = access.now();
        QuadSession session = new QuadSession();
        session.id = UUID.randomUUID();
        session.quadId = quad.id;
        session.cycleId = quad.cycleId;
        session.startsAt = draft.startsAt();
        session.location = location;
        session.agenda = agenda;
        session.createdAt = now;
        session.createdBy = access.username();
        session.updatedAt = now;
        session.updatedBy = access.username();
        session.persist();
        return view(quad, session);
    }

    /** Changes a session at the version the caller last read. Notes are taken once the session has started. */
    @Transactional
    public SessionView change(UUID quadId, UUID sessionId, ETags.IfMatch ifMatch, SessionChange change) {
        Quad quad = access.writable(quadId);
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
        List<String> agenda = change.agenda() == null ? session.agenda : agenda(quad, change.agenda(), errors);
        QuadWorkAccess.checkText("location", change.location(), errors);
        QuadWorkAccess.checkText("notes", change.notes(), errors);
        QuadWorkAccess.checkYear("startsAt", change.startsAt() == null ? null : change.startsAt().getYear(), errors);
        QuadWorkAccess.refuse("The session cannot be changed", errors);
        OffsetDateTime startsAt = change.startsAt() == null ? session.startsAt : change.startsAt();
        if (change.notes() != null && startsAt.isAfter(access.now())) {
            throw new ProblemException(409, "Conflict", "Notes are taken once the session has started; it starts at "
                    + startsAt, List.of(new Problem.FieldError("notes", "the session has not started yet")), null);
        }
        String location = change.location() == null ? session.location : blankToNull(change.location());
        String notes = change.notes() == null ? session.notes : change.notes();
        boolean changes = !startsAt.isEqual(session.startsAt) || !agenda.equals(session.agenda)
                || !Objects.equals(location, session.location)
                || !Objects.equals(notes, session.notes);
        if (changes) {
            session.startsAt = startsAt;
            session.agenda = agenda;
            session.location = location;
            session.notes = notes;
            session.updatedAt = access.now();
            session.updatedBy = access.username();
            QuadSession.flush();
        }
        return view(quad, session);
    }

    /** The comparison's divergence agenda for the caller (empty while nothing is revealed to it), first few. */
    private List<String> divergenceAgenda(Quad quad) {
        Comparison comparison = comparisons.compare(quad);
        if (comparison.agenda() == null) {
            return List.of();
        }
        return comparison.agenda().stream().limit(DEFAULT_AGENDA).map(Comparison.AgendaItem::questionCode).toList();
    }

    private List<String> agenda(Quad quad, List<String> codes, List<Problem.FieldError> errors) {
        List<String> trimmed = codes.stream().map(String::trim).toList();
        if (!trimmed.isEmpty()) {
            errors.addAll(QuadWorkAccess.questionErrors("agenda", trimmed, access.rubric(quad)));
        }
        return trimmed;
    }

    private SessionView view(Quad quad, QuadSession session) {
        QuadSession next = next(QuadSession.ofQuad(quad.id));
        boolean isNext = next != null && next.id.equals(session.id);
        return new SessionView(session, rubricOrNull(quad), isNext ? Action.pendingOfQuad(quad.id) : null);
    }

    /** The first session that has not started yet. */
    private QuadSession next(List<QuadSession> sessions) {
        OffsetDateTime now = access.now();
        return sessions.stream().filter(s -> !s.startsAt.isBefore(now)).findFirst().orElse(null);
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

    private RubricVersion rubricOrNull(Quad quad) {
        Cycle cycle = cycles.find(quad.cycleId).orElseThrow();
        return rubricVersions.find(cycle.rubricVersionId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
