package scot.quads.quad.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import scot.quads.contract.Events;
import scot.quads.quad.Council;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.QuadAudit;
import scot.quads.quad.QuadMember;
import scot.quads.quad.assignment.AssignmentAccess;
import scot.quads.quad.event.QuadEvents;
import scot.quads.quad.proposal.QuadRules;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;

/**
 * Forming quads (ADES) and reading them. A council is in at most one quad per cycle; a council user sees only
 * the quad their own council is in.
 */
@ApplicationScoped
public class QuadService {

    public static final int FEWEST_MEMBERS = QuadRules.FEWEST;
    public static final int MOST_MEMBERS = QuadRules.MOST;

    private final CouncilRepository councilRepository;
    private final CycleRepository cycles;
    private final Outbox outbox;
    private final Caller caller;
    private final AssignmentAccess assignments;

    public QuadService(CouncilRepository councils, CycleRepository cycles, Outbox outbox, Caller caller,
            AssignmentAccess assignments) {
        this.councilRepository = councils;
        this.cycles = cycles;
        this.outbox = outbox;
        this.caller = caller;
        this.assignments = assignments;
    }

    /** What ADES asks for when forming a quad. */
    public record QuadDraft(String name, List<String> members, String facilitator, String notes) {
    }

    /** A quad with the councils it names, as far as this service knows them. */
    public record QuadView(Quad quad, Map<String, Council> councils) {
    }

    /** What ADES asks for when changing a quad: everything it has, members included. */
    public record QuadEdit(String name, List<String> members, String facilitator, String notes) {
    }

    /**
     * Forms a quad in the cycle and announces it. Quads of one cycle are formed one at a time (the cycle's row is
     * locked), so the membership checks below see every quad formed before; the database's unique constraint
     * stands behind them.
     */
    @Transactional
    public QuadView form(UUID cycleId, QuadDraft draft) {
        lockCycle(cycleId);
        List<String> codes = normalise(draft.members());
        Map<String, Council> councils = councilRepository.byCode(codes);
        checkMembers("members", codes, councils);
        checkNotInAnotherQuad(cycleId, null, codes, councils);
        Quad quad = create(cycleId, draft.name(), codes, draft.facilitator(), draft.notes());
        return new QuadView(quad, councils);
    }

    /**
     * Forms every quad of a confirmed proposal in one transaction: either all of them exist afterwards, or none
     * (the first problem found refuses the lot). Field names in problems are {@code quads[i].members...}.
     */
    @Transactional
    public List<QuadView> formAll(UUID cycleId, List<QuadDraft> drafts) {
        lockCycle(cycleId);
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> placed = new LinkedHashMap<>();
        List<List<String>> codesOfEach = new ArrayList<>();
        Map<String, Council> councils = councilRepository.byCode(drafts.stream()
                .flatMap(d -> normalise(d.members()).stream()).distinct().toList());
        for (int i = 0; i < drafts.size(); i++) {
            List<String> codes = normalise(drafts.get(i).members());
            codesOfEach.add(codes);
            errors.addAll(memberErrors("quads[" + i + "].members", codes, councils));
            for (String code : new LinkedHashSet<>(codes)) {
                Integer earlier = placed.putIfAbsent(code, i);
                if (earlier != null) {
                    errors.add(new Problem.FieldError("quads[" + i + "].members",
                            code + " is also in quads[" + earlier + "]; a council is in at most one quad per cycle"));
                }
            }
        }
        refuse("The proposed quads cannot be formed", errors);
        checkNotInAnotherQuad(cycleId, null, List.copyOf(placed.keySet()), councils);
        List<QuadView> formed = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuadDraft draft = drafts.get(i);
            formed.add(new QuadView(create(cycleId, draft.name(), codesOfEach.get(i), draft.facilitator(),
                    draft.notes()), councils));
        }
        return formed;
    }

    /**
     * Changes a quad's name, members, facilitator and notes (ADES), at the version the caller last read. The same
     * rules as forming apply; members who stay keep their place, and the change says who joined and who left.
     */
    @Transactional
    public QuadView edit(UUID quadId, ETags.IfMatch ifMatch, QuadEdit edit) {
        Quad quad = changeableQuad(quadId);
        long expectedVersion = ifMatch.required(quad.version);
        if (quad.version != expectedVersion) {
            throw ProblemException.preconditionFailed("Quad " + quadId + " has changed since you read it (you sent"
                    + " version " + expectedVersion + ", it is now " + quad.version + "); reload it and try again",
                    quad.version);
        }
        List<String> codes = normalise(edit.members());
        Map<String, Council> councils = councilRepository.byCode(codes);
        checkMembers("members", codes, councils);
        checkNotInAnotherQuad(quad.cycleId, quad.id, codes, councils);

        List<String> before = quad.memberCodes();
        List<QuadAudit.FieldChange> changes = new ArrayList<>();
        String name = edit.name().trim();
        String facilitator = blankToNull(edit.facilitator());
        String notes = blankToNull(edit.notes());
        change(changes, "name", quad.name, name);
        change(changes, "facilitator", quad.facilitator, facilitator);
        change(changes, "notes", quad.notes, notes);
        if (changes.isEmpty() && before.equals(codes)) {
            return new QuadView(quad, councils);
        }
        quad.name = name;
        quad.facilitator = facilitator;
        quad.notes = notes;
        List<String> left = before.stream().filter(code -> !codes.contains(code)).toList();
        List<String> joined = codes.stream().filter(code -> !before.contains(code)).toList();
        replaceMembers(quad, codes);
        stamp(quad);
        writeChange();
        audit(quad, QuadAudit.EDITED, before, codes, changes);
        outbox.publish(Events.QUAD_CHANGED, quad.id.toString(),
                QuadEvents.changed(quad, joined, left));
        return new QuadView(quad, councils);
    }

    /**
     * Dissolves a quad (ADES): its row and audit stay, its members go, so its councils are free to join another
     * quad of the cycle and it no longer appears in lists or comparisons, at the version If-Match names (required).
     */
    @Transactional
    public void dissolve(UUID quadId, ETags.IfMatch ifMatch) {
        Quad quad = changeableQuad(quadId);
        long expectedVersion = ifMatch.required(quad.version);
        if (quad.version != expectedVersion) {
            throw ProblemException.preconditionFailed("Quad " + quadId + " has changed since you read it (you sent"
                    + " version " + expectedVersion + ", it is now " + quad.version + "); reload it and try again",
                    quad.version);
        }
        List<String> before = quad.memberCodes();
        quad.members.clear();
        quad.dissolvedAt = now();
        quad.dissolvedBy = caller.username();
        stamp(quad);
        audit(quad, QuadAudit.DISSOLVED, before, List.of(), List.of());
        outbox.publish(Events.QUAD_CHANGED, quad.id.toString(), QuadEvents.changed(quad, List.of(), before));
    }

    /** Every change made to a quad, oldest first (ADES). Dissolved quads keep theirs. */
    public List<QuadAudit> audit(UUID quadId) {
        if (!Quad.exists(quadId)) {
            throw ProblemException.notFound("Quad", quadId);
        }
        return QuadAudit.of(quadId);
    }

    /**
     * ADES: every quad of the cycle; an ADES officer or link inspector: the quads their assignments reach; a council
     * user: the one their council is in, if any.
     */
    public List<QuadView> inCycle(UUID cycleId) {
        requireCycle(cycleId);
        List<Quad> found;
        if (caller.isAdes()) {
            found = Quad.inCycle(cycleId);
        } else if (caller.isAssignedReader()) {
            List<UUID> reached = assignments.quadIds(cycleId);
            found = Quad.inCycle(cycleId).stream().filter(quad -> reached.contains(quad.id)).toList();
        } else {
            found = Quad.ofCouncil(cycleId, caller.requireCouncil()).stream().toList();
        }
        return views(found);
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

    /**
     * The quad if the caller may see it: ADES (404 when unknown); a member's user, or an ADES officer or link
     * inspector whose assignment reaches it (403 otherwise, even if unknown).
     */
    Quad visibleQuad(UUID quadId) {
        Quad quad = Quad.withMembers(quadId).orElse(null);
        if (caller.isAdes()) {
            if (quad == null) {
                throw ProblemException.notFound("Quad", quadId);
            }
            return quad;
        }
        if (quad != null && caller.isAssignedReader() && assignments.reaches(quad)) {
            return quad;
        }
        Optional<String> council = caller.council();
        if (quad == null || council.isEmpty() || !quad.hasMember(council.get())) {
            throw ProblemException.forbidden(council.isEmpty() && caller.isAssignedReader()
                    ? "You can only see the quads ADES assigned you to"
                    : "You can only see the quads your own council belongs to");
        }
        return quad;
    }

    /** As {@link #visibleQuad}, but a dissolved quad is gone: 404 for ADES (members have left it, so 403). */
    public Quad liveQuad(UUID quadId) {
        Quad quad = visibleQuad(quadId);
        if (quad.dissolved()) {
            throw new ProblemException(404, "Not found", "Quad " + quadId + " was dissolved on " + quad.dissolvedAt
                    + " by " + quad.dissolvedBy, null, null);
        }
        return quad;
    }

    private Quad create(UUID cycleId, String name, List<String> codes, String facilitator, String notes) {
        Quad quad = new Quad();
        quad.id = UUID.randomUUID();
        quad.cycleId = cycleId;
        quad.name = name.trim();
        quad.facilitator = blankToNull(facilitator);
        quad.notes = blankToNull(notes);
        quad.formedAt = now();
        quad.formedBy = caller.username();
        codes.forEach(quad::addMember);
        refusingSecondQuad(quad::persistAndFlush);
        audit(quad, QuadAudit.FORMED, List.of(), codes, List.of());
        outbox.publish(Events.QUAD_FORMED, quad.id.toString(), QuadEvents.payload(quad));
        return quad;
    }

    /**
     * Members who leave are deleted first (written before anyone joins: Hibernate would otherwise insert before it
     * deletes), so that the members' rows never hold a council twice, even for a moment.
     */
    private static void replaceMembers(Quad quad, List<String> codes) {
        boolean anyLeft = quad.members.removeIf(member -> !codes.contains(member.councilCode));
        if (anyLeft) {
            Quad.flush();
        }
        List<String> staying = quad.memberCodes();
        codes.stream().filter(code -> !staying.contains(code)).forEach(quad::addMember);
        quad.members.forEach(member -> member.position = codes.indexOf(member.councilCode));
        quad.members.sort(Comparator.comparingInt(m -> m.position));
    }

    private void stamp(Quad quad) {
        quad.updatedAt = now();
        quad.updatedBy = caller.username();
    }

    private void audit(Quad quad, String action, List<String> before, List<String> after,
            List<QuadAudit.FieldChange> changes) {
        QuadAudit entry = new QuadAudit();
        entry.quadId = quad.id;
        entry.cycleId = quad.cycleId;
        entry.action = action;
        entry.changedAt = now();
        entry.changedBy = caller.username();
        entry.oldMembers = List.copyOf(before);
        entry.newMembers = List.copyOf(after);
        entry.changes = List.copyOf(changes);
        entry.persist();
    }

    private static void change(List<QuadAudit.FieldChange> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new QuadAudit.FieldChange(field, from, to));
        }
    }

    /** The quad with its members, read once its cycle is locked, so that it is as the last change left it. */
    private Quad changeableQuad(UUID quadId) {
        UUID cycleId = Quad.cycleOf(quadId).orElseThrow(() -> ProblemException.notFound("Quad", quadId));
        lockCycle(cycleId);
        Quad quad = Quad.withMembers(quadId).orElseThrow();
        if (quad.dissolved()) {
            throw ProblemException.conflict("Quad " + quadId + " (\"" + quad.name + "\") was dissolved on "
                    + quad.dissolvedAt + " by " + quad.dissolvedBy + " and cannot be changed");
        }
        return quad;
    }

    private Cycle lockCycle(UUID cycleId) {
        Cycle cycle = cycles.lockForQuads(cycleId).orElse(null);
        if (cycle == null) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
        return cycle;
    }

    private void checkMembers(String field, List<String> codes, Map<String, Council> councils) {
        refuse("The quad's members cannot be used", memberErrors(field, codes, councils));
    }

    private static void refuse(String what, List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            String detail = what + ": " + String.join("; ",
                    errors.stream().map(e -> e.field() + " " + e.message()).toList());
            throw ProblemException.unprocessable(detail, errors);
        }
    }

    private static List<Problem.FieldError> memberErrors(String field, List<String> codes,
            Map<String, Council> councils) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (codes.size() < FEWEST_MEMBERS || codes.size() > MOST_MEMBERS) {
            errors.add(new Problem.FieldError(field, "must list " + FEWEST_MEMBERS + " to " + MOST_MEMBERS
                    + " councils (a quad normally has 4), not " + codes.size()));
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                repeated.add(code);
            }
        }
        repeated.forEach(code -> errors.add(new Problem.FieldError(field, "lists " + code + " more than once")));
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Council council = councils.get(code);
            if (council == null) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", code + " is not a known council"));
            } else if (!council.active) {
                errors.add(new Problem.FieldError(field + "[" + i + "]",
                        code + " (" + council.name + ") is no longer an active council"));
            }
        }
        return errors;
    }

    /** 409 when a council is already in a quad of the cycle other than {@code except}. */
    private void checkNotInAnotherQuad(UUID cycleId, UUID except, List<String> codes, Map<String, Council> councils) {
        List<Map<String, Object>> conflicts = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String code : codes) {
            Quad.ofCouncil(cycleId, code).filter(other -> !other.id.equals(except)).ifPresent(other -> {
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
        if (cycles.find(cycleId).isEmpty()) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
    }

    private List<QuadView> views(List<Quad> found) {
        Map<String, Council> councils = councilRepository.byCode(found.stream().flatMap(q -> q.memberCodes().stream())
                .distinct().toList());
        return found.stream().map(quad -> new QuadView(quad, councils)).toList();
    }

    private QuadView view(Quad quad) {
        return new QuadView(quad, councilRepository.byCode(quad.memberCodes()));
    }

    private static List<String> normalise(List<String> codes) {
        return codes.stream().map(code -> code == null ? "" : code.trim().toUpperCase()).toList();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Writes the quad's fields, its members' places and its new members now, so that the version the response
     * carries is the one written, refusing a council that joined another quad of the cycle at the same moment.
     */
    private static void writeChange() {
        refusingSecondQuad(() -> Quad.flush());
    }

    /** Runs a write that flushes, answering 409 when a member is already in another quad of the cycle. */
    private static void refusingSecondQuad(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (DatabaseFailures.violatesUnique(e, QuadMember.ONCE_PER_CYCLE)) {
                throw ProblemException.conflict("One of these councils joined another quad of this cycle at the"
                        + " same moment; reload the cycle's quads and try again");
            }
            throw e;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
