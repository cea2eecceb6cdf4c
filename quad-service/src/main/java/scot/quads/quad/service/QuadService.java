package scot.quads.quad.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import scot.quads.contract.Events;
import scot.quads.quad.Council;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.event.QuadEvents;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/**
 * Forming quads (ADES) and reading them. A council is in at most one quad per cycle; a council user sees only
 * the quad their own council is in.
 */
@ApplicationScoped
public class QuadService {

    public static final int FEWEST_MEMBERS = 3;
    public static final int MOST_MEMBERS = 5;

    private final Outbox outbox;
    private final Caller caller;

    public QuadService(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    /** What ADES asks for when forming a quad. */
    public record QuadDraft(String name, List<String> members, String facilitator, String notes) {
    }

    /** A quad with the councils it names, as far as this service knows them. */
    public record QuadView(Quad quad, Map<String, Council> councils) {
    }

    /**
     * Forms a quad in the cycle and announces it. Quads of one cycle are formed one at a time (the cycle's row is
     * locked), so the membership checks below see every quad formed before; the database's unique constraint
     * stands behind them.
     */
    @Transactional
    public QuadView form(UUID cycleId, QuadDraft draft) {
        Cycle cycle = Cycle.findById(cycleId, LockModeType.PESSIMISTIC_WRITE);
        if (cycle == null) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
        List<String> codes = draft.members().stream().map(QuadService::normalise).toList();
        Map<String, Council> councils = Council.byCode(codes);
        checkMembers(codes, councils);
        checkNotInAnotherQuad(cycleId, codes, councils);

        Quad quad = new Quad();
        quad.id = UUID.randomUUID();
        quad.cycleId = cycleId;
        quad.name = draft.name().trim();
        quad.facilitator = blankToNull(draft.facilitator());
        quad.notes = blankToNull(draft.notes());
        quad.formedAt = OffsetDateTime.now(ZoneOffset.UTC);
        quad.formedBy = caller.username();
        codes.forEach(quad::addMember);
        try {
            quad.persistAndFlush();
        } catch (PersistenceException e) {
            if (violates(e, "quad_member_once_per_cycle")) {
                throw ProblemException.conflict("One of these councils joined another quad of this cycle at the"
                        + " same moment; reload the cycle's quads and try again");
            }
            throw e;
        }
        outbox.publish(Events.QUAD_FORMED, quad.id.toString(), QuadEvents.payload(quad));
        return new QuadView(quad, councils);
    }

    /** ADES: every quad of the cycle; a council user: the one their council is in, if any. */
    public List<QuadView> inCycle(UUID cycleId) {
        requireCycle(cycleId);
        List<Quad> quads;
        if (caller.isAdes()) {
            quads = Quad.inCycle(cycleId);
        } else {
            quads = Quad.ofCouncil(cycleId, caller.requireCouncil()).stream().toList();
        }
        return views(quads);
    }

    /** A quad, to ADES or to a user of one of its councils; anyone else is refused, whether it exists or not. */
    public QuadView get(UUID quadId) {
        return view(visibleQuad(quadId));
    }

    /** The quad the caller's council is in for the cycle. */
    public QuadView mine(UUID cycleId) {
        String council = caller.requireCouncil();
        requireCycle(cycleId);
        return Quad.ofCouncil(cycleId, council).map(this::view)
                .orElseThrow(() -> new ProblemException(404, "Not found",
                        "Your council " + council + " is not in a quad for cycle " + cycleId, null, null));
    }

    /** The quad if the caller may see it: ADES (404 when unknown), or a member (403 otherwise, even if unknown). */
    Quad visibleQuad(UUID quadId) {
        Quad quad = Quad.findById(quadId);
        if (caller.isAdes()) {
            if (quad == null) {
                throw ProblemException.notFound("Quad", quadId);
            }
            return quad;
        }
        Optional<String> council = caller.council();
        if (quad == null || council.isEmpty() || !quad.hasMember(council.get())) {
            throw ProblemException.forbidden("You can only see the quads your own council belongs to");
        }
        return quad;
    }

    private void checkMembers(List<String> codes, Map<String, Council> councils) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (codes.size() < FEWEST_MEMBERS || codes.size() > MOST_MEMBERS) {
            errors.add(new Problem.FieldError("members", "must list " + FEWEST_MEMBERS + " to " + MOST_MEMBERS
                    + " councils (a quad normally has 4), not " + codes.size()));
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                repeated.add(code);
            }
        }
        repeated.forEach(code -> errors.add(new Problem.FieldError("members", "lists " + code + " more than once")));
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Council council = councils.get(code);
            if (council == null) {
                errors.add(new Problem.FieldError("members[" + i + "]", code + " is not a known council"));
            } else if (!council.active) {
                errors.add(new Problem.FieldError("members[" + i + "]",
                        code + " (" + council.name + ") is no longer an active council"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = "The quad's members cannot be used: " + String.join("; ",
                    errors.stream().map(e -> e.field() + " " + e.message()).toList());
            throw ProblemException.unprocessable(detail, errors);
        }
    }

    private void checkNotInAnotherQuad(UUID cycleId, List<String> codes, Map<String, Council> councils) {
        List<Map<String, Object>> conflicts = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String code : codes) {
            Quad.ofCouncil(cycleId, code).ifPresent(other -> {
                Map<String, Object> conflict = new LinkedHashMap<>();
                conflict.put("council", code);
                conflict.put("quadId", other.id.toString());
                conflict.put("quadName", other.name);
                conflicts.add(conflict);
                reasons.add(code + " (" + councils.get(code).name + ") is already in quad \"" + other.name + "\" ("
                        + other.id + ")");
            });
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(409, "Conflict", "A council is in at most one quad per cycle: "
                    + String.join("; ", reasons), null, Map.of("conflicts", conflicts));
        }
    }

    private void requireCycle(UUID cycleId) {
        if (Cycle.findById(cycleId) == null) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
    }

    private List<QuadView> views(List<Quad> quads) {
        Map<String, Council> councils = Council.byCode(quads.stream().flatMap(q -> q.memberCodes().stream())
                .distinct().toList());
        return quads.stream().map(quad -> new QuadView(quad, councils)).toList();
    }

    private QuadView view(Quad quad) {
        return new QuadView(quad, Council.byCode(quad.memberCodes()));
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
