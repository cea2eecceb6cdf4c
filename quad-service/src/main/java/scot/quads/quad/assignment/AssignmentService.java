package scot.quads.quad.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import scot.quads.contract.Events;
import scot.quads.contract.payload.AssignmentV1;
import scot.quads.quad.Assignment;
import scot.quads.quad.AssignmentAudit;
import scot.quads.quad.Quad;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/**
 * ADES assigns ADES officers and link inspectors to quads (and link inspectors to councils), and revokes them.
 * Each assignment and revocation is audited and announced on {@code quads.quads}, so that other services apply it
 * from their own copy.
 */
@ApplicationScoped
public class AssignmentService {

    /** The roles an assignment may be made for. */
    public static final Set<String> ROLES = Set.of(Roles.ADES_OFFICER, Roles.ES_LINK);
    /** A Keycloak user name as the realm allows them: letters, digits and . _ - @. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    private final CouncilRepository councils;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public AssignmentService(CouncilRepository councils, Outbox outbox, Caller caller, Clock clock) {
        this.councils = councils;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /** What ADES asks for: a person in a role, and the quad or (link inspectors only) the council. */
    public record NewAssignment(String role, String username, UUID quadId, String councilCode) {
    }

    @Transactional
    public Assignment assign(NewAssignment draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String role = draft.role() == null ? null : draft.role().trim();
        String username = draft.username() == null ? null : draft.username().trim().toLowerCase();
        String council = draft.councilCode() == null || draft.councilCode().isBlank() ? null
                : draft.councilCode().trim().toUpperCase();
        if (role == null || !ROLES.contains(role)) {
            errors.add(new Problem.FieldError("role", "must be ades-officer or es-link"));
        }
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new Problem.FieldError("username", "must be a sign-in name of 1 to 100 letters, digits and"
                    + " . _ - @, such as link-inspector-1"));
        }
        Quad quad = null;
        if ((draft.quadId() == null) == (council == null)) {
            errors.add(new Problem.FieldError("quadId", "give either a quad or a council, not both or neither"));
        } else if (draft.quadId() != null) {
            quad = Quad.<Quad>findByIdOptional(draft.quadId()).orElse(null);
            if (quad == null) {
                errors.add(new Problem.FieldError("quadId", "is not a quad"));
            } else if (quad.dissolved()) {
                errors.add(new Problem.FieldError("quadId", "is a dissolved quad"));
            }
        } else {
            if (Roles.ADES_OFFICER.equals(role)) {
                errors.add(new Problem.FieldError("councilCode", "an ADES officer is assigned to quads, not to a"
                        + " council; give quadId instead"));
            } else if (councils.find(council).isEmpty()) {
                errors.add(new Problem.FieldError("councilCode", council + " is not a council known to Quads"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The assignment cannot be made: " + String.join("; ",
                    errors.stream().map(e -> e.field() + " " + e.message()).toList()), errors);
        }
        List<Assignment> existing = Assignment.search(quad == null ? null : quad.id, council, username, false);
        if (existing.stream().anyMatch(a -> a.role.equals(role))) {
            throw ProblemException.conflict(username + " is already assigned as " + role + " to this "
                    + (quad == null ? "council" : "quad"));
        }
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.role = role;
        assignment.username = username;
        assignment.quadId = quad == null ? null : quad.id;
        assignment.cycleId = quad == null ? null : quad.cycleId;
        assignment.councilCode = council;
        assignment.assignedAt = now();
        assignment.assignedBy = caller.username();
        assignment.persistAndFlush();
        audit(assignment, AssignmentAudit.ASSIGNED, assignment.assignedAt);
        outbox.publish(Events.ASSIGNMENT_GRANTED, assignment.id.toString(),
                payload(assignment, assignment.assignedAt, assignment.assignedBy));
        return assignment;
    }

    /** Ends a live assignment: 404 when there is none by that id, 409 when it was already revoked. */
    @Transactional
    public Assignment revoke(UUID assignmentId) {
        Assignment assignment = Assignment.<Assignment>findByIdOptional(assignmentId)
                .orElseThrow(() -> ProblemException.notFound("Assignment", assignmentId));
        if (!assignment.live()) {
            throw ProblemException.conflict("Assignment " + assignmentId + " was already revoked on "
                    + assignment.revokedAt + " by " + assignment.revokedBy);
        }
        assignment.revokedAt = now();
        assignment.revokedBy = caller.username();
        Assignment.flush();
        audit(assignment, AssignmentAudit.REVOKED, assignment.revokedAt);
        outbox.publish(Events.ASSIGNMENT_REVOKED, assignment.id.toString(),
                payload(assignment, assignment.revokedAt, assignment.revokedBy));
        return assignment;
    }

    public List<Assignment> search(UUID quadId, String councilCode, String username, boolean includeRevoked) {
        return Assignment.search(quadId, councilCode == null ? null : councilCode.trim().toUpperCase(),
                username == null ? null : username.trim().toLowerCase(), includeRevoked);
    }

    /** The caller's own live assignments in the roles they hold (none for anyone but officers and inspectors). */
    public List<Assignment> mine() {
        List<String> roles = new ArrayList<>();
        if (caller.isAssignedReader() && caller.isAdesOfficer()) {
            roles.add(Roles.ADES_OFFICER);
        }
        if (caller.isAssignedReader() && caller.isLinkInspector()) {
            roles.add(Roles.ES_LINK);
        }
        return Assignment.liveOf(caller.username(), roles);
    }

    public List<AssignmentAudit> audit(UUID quadId) {
        return AssignmentAudit.of(quadId);
    }

    private void audit(Assignment assignment, String action, OffsetDateTime at) {
        AssignmentAudit entry = new AssignmentAudit();
        entry.assignmentId = assignment.id;
        entry.action = action;
        entry.role = assignment.role;
        entry.username = assignment.username;
        entry.quadId = assignment.quadId;
        entry.councilCode = assignment.councilCode;
        entry.changedAt = at;
        entry.changedBy = caller.username();
        entry.persist();
    }

    private static AssignmentV1 payload(Assignment assignment, OffsetDateTime at, String by) {
        return new AssignmentV1(assignment.id, assignment.role, assignment.username, assignment.quadId,
                assignment.cycleId, assignment.councilCode, at, by);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
