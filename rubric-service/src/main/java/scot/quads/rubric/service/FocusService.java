package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.payload.FocusV1;
import scot.quads.rubric.Council;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.Focus;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.repository.Assignments;
import scot.quads.rubric.repository.QuadMembership;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/**
 * A council's focus for a cycle and its agreement with ADES: the council's editors draft it and propose it; ADES
 * agrees it or sends it back with a comment; a change after it was proposed or agreed makes it a draft to propose
 * again. Each step is audited, and proposing, agreeing and sending back are announced (notification-service tells
 * ADES and the council). The council and ADES read it at any time; the council's quad partners, and the ADES
 * officers and link inspectors assigned to its quad, once it is agreed.
 */
@ApplicationScoped
public class FocusService {

    /** The unique key on the cycle and the council: two editors' first saves at once. */
    static final String ONE_PER_COUNCIL = "council_focus_cycle_id_council_code_key";

    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final QuadMembership quads;
    private final Assignments assignments;

    public FocusService(Outbox outbox, AuditTrail audit, Clock clock, QuadMembership quads,
            Assignments assignments) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.quads = quads;
        this.assignments = assignments;
    }

    /** What an editor sends: the whole focus. */
    public record FocusContent(String area, String focusQuestion, List<String> keyQuestions, List<String> indicators,
            List<String> questions, List<String> contextIndicators) {
    }

    /** A council's focus in a cycle; {@code focus} is null until first saved. */
    public record FocusView(Cycle cycle, Council council, Focus focus) {

        public long version() {
            return focus == null ? 0 : focus.version;
        }

        public String state() {
            return focus == null ? "not-started" : focus.state;
        }
    }

    /**
     * The focus as the caller may see it: ADES and the council's own users always; a user of a partner council in
     * the council's quad of this cycle once ADES has agreed it; anyone else not at all (403).
     */
    public FocusView view(UUID cycleId, String councilCode, boolean ades, String callerCouncil) {
        return view(cycleId, councilCode, ades, callerCouncil, null, List.of());
    }

    /**
     * As {@link #view(UUID, String, boolean, String)}; an ADES officer or link inspector ({@code assignedReader},
     * their user name, with the roles they hold) reads it as a partner does when ADES's assignment reaches the
     * council's quad.
     */
    public FocusView view(UUID cycleId, String councilCode, boolean ades, String callerCouncil,
            String assignedReader, List<String> assignedRoles) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        Focus focus = Focus.of(cycle.id, council.gssCode).orElse(null);
        boolean own = callerCouncil != null && Council.normalise(callerCouncil).equals(council.gssCode);
        if (!ades && !own) {
            boolean partner = callerCouncil != null && quads.partners(cycle.id, council.gssCode, callerCouncil)
                    || assignedReader != null
                            && assignments.reach(assignedReader, assignedRoles, cycle.id, council.gssCode);
            if (!partner) {
                throw ProblemException.forbidden("Only " + council.name + ", its quad partners and ADES may see its"
                        + " focus");
            }
            if (focus == null || !focus.isAgreed()) {
                throw new ProblemException(404, "Not found", council.name + " has no agreed focus for "
                        + cycle.name + " yet", null, null);
            }
        }
        return new FocusView(cycle, council, focus);
    }

    /** Every council's focus in the cycle that has one, for ADES. */
    public List<Focus> ofCycle(UUID cycleId) {
        return Focus.ofCycle(cycle(cycleId).id);
    }

    /**
     * Saves the whole focus with If-Match. A focus that was proposed or agreed and is now changed becomes a draft:
     * ADES must agree it anew. Saving the same content again changes nothing.
     */
    @Transactional
    public FocusView save(UUID cycleId, String councilCode, ETags.IfMatch ifMatch, FocusContent content,
            String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        requireOpen(cycle);
        List<FieldError> errors = check(content, cycle);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The focus cannot be saved as it stands", errors);
        }
        Focus focus = Focus.lock(cycle.id, council.gssCode).orElse(null);
        long current = focus == null ? 0 : focus.version;
        long expectedVersion = ifMatch.required(current, focus != null);
        if (expectedVersion != current) {
            throw stale(focus, expectedVersion);
        }
        String area = blankToNull(content.area());
        String question = blankToNull(content.focusQuestion());
        List<String> keyQuestions = texts(content.keyQuestions());
        List<String> indicators = codes(content.indicators());
        List<String> questions = codes(content.questions());
        List<String> context = codes(content.contextIndicators());
        if (focus != null && Objects.equals(focus.area, area) && Objects.equals(focus.focusQuestion, question)
                && focus.keyQuestions.equals(keyQuestions) && focus.indicators.equals(indicators)
                && focus.questions.equals(questions) && focus.contextIndicators.equals(context)) {
            return new FocusView(cycle, council, focus);
        }
        boolean first = focus == null;
        String before = first ? null : focus.state;
        if (first) {
            focus = new Focus();
            focus.id = UUID.randomUUID();
            focus.cycleId = cycle.id;
            focus.councilCode = council.gssCode;
            focus.version = 1;
        }
        focus.area = area;
        focus.focusQuestion = question;
        focus.keyQuestions = keyQuestions;
        focus.indicators = indicators;
        focus.questions = questions;
        focus.contextIndicators = context;
        focus.state = Focus.DRAFT;
        focus.updatedAt = now();
        focus.updatedBy = by;
        try {
            if (first) {
                focus.persistAndFlush();
            } else {
                Focus.flush();
            }
        } catch (PersistenceException e) {
            if (DatabaseFailures.violatesUnique(e, ONE_PER_COUNCIL)) {
                throw ProblemException.preconditionFailed("A colleague wrote " + council.name + "'s focus first:"
                        + " reload it and make your changes again", null);
            }
            throw e;
        }
        audit.focusEvent(focus, "focus.saved", before, null, by);
        return new FocusView(cycle, council, focus);
    }

    /** The council's editors propose the focus to ADES: it needs an area, a focus question and a key question. */
    @Transactional
    public FocusView propose(UUID cycleId, String councilCode, ETags.IfMatch ifMatch, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        requireOpen(cycle);
        Focus focus = Focus.lock(cycle.id, council.gssCode).orElseThrow(() -> ProblemException.unprocessable(
                "There is no focus to propose yet", List.of(new FieldError("area", "is not written"),
                        new FieldError("focusQuestion", "is not written"),
                        new FieldError("keyQuestions", "has no key question"))));
        requireVersion(focus, ifMatch);
        if (focus.isProposed() || focus.isAgreed()) {
            throw ProblemException.conflict("The focus is already " + focus.state + "; change it to propose it again");
        }
        List<FieldError> missing = new ArrayList<>();
        if (focus.area == null) {
            missing.add(new FieldError("area", "is not written: name the area the council wants to improve"));
        }
        if (focus.focusQuestion == null) {
            missing.add(new FieldError("focusQuestion", "is not written: ask the overarching question"));
        }
        if (focus.keyQuestions.isEmpty()) {
            missing.add(new FieldError("keyQuestions", "has no key question: add at least one"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("The focus needs more before it can be proposed to ADES", missing);
        }
        String before = focus.state;
        OffsetDateTime now = now();
        focus.state = Focus.PROPOSED;
        focus.proposedAt = now;
        focus.proposedBy = by;
        focus.updatedAt = now;
        focus.updatedBy = by;
        Focus.flush();
        announce(Events.FOCUS_PROPOSED, focus, null, by, now);
        audit.focusEvent(focus, "focus.proposed", before, null, by);
        return new FocusView(cycle, council, focus);
    }

    /** ADES agrees a proposed focus (with an optional comment) or sends it back (with a comment saying why). */
    @Transactional
    public FocusView decide(UUID cycleId, String councilCode, boolean agree, String comment, ETags.IfMatch ifMatch,
            String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        requireOpen(cycle);
        Focus focus = Focus.lock(cycle.id, council.gssCode).orElseThrow(() -> ProblemException.conflict(
                council.name + " has not proposed a focus for " + cycle.name));
        requireVersion(focus, ifMatch);
        if (!focus.isProposed()) {
            throw ProblemException.conflict("Only a proposed focus can be agreed or sent back; "
                    + council.name + "'s is " + focus.state);
        }
        String text = blankToNull(comment);
        if (!agree && text == null) {
            throw ProblemException.unprocessable("Say why the focus is sent back",
                    List.of(new FieldError("comment", "must say what the council should change")));
        }
        String before = focus.state;
        OffsetDateTime now = now();
        focus.state = agree ? Focus.AGREED : Focus.SENT_BACK;
        focus.adesComment = text;
        focus.decidedAt = now;
        focus.decidedBy = by;
        focus.updatedAt = now;
        focus.updatedBy = by;
        Focus.flush();
        announce(agree ? Events.FOCUS_AGREED : Events.FOCUS_SENT_BACK, focus, text, by, now);
        audit.focusEvent(focus, agree ? "focus.agreed" : "focus.sent-back", before, text, by);
        return new FocusView(cycle, council, focus);
    }

    private void announce(EventType<FocusV1> type, Focus focus, String comment, String by, OffsetDateTime at) {
        outbox.publish(type, focus.id.toString(), new FocusV1(focus.id, focus.cycleId, focus.councilCode,
                focus.state, focus.area, focus.focusQuestion, focus.keyQuestions, comment, by, at));
    }

    /** The rubric items must be the cycle's version's; key questions and codes are checked as the body is read. */
    static List<FieldError> check(FocusContent content, Cycle cycle) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> indicators = Indicator.ofVersion(cycle.rubricVersionId).stream().map(i -> i.code)
                .collect(Collectors.toSet());
        Set<String> questions = Question.ofVersion(cycle.rubricVersionId).stream().map(q -> q.code)
                .collect(Collectors.toSet());
        List<String> linkedIndicators = content.indicators() == null ? List.of() : content.indicators();
        for (int i = 0; i < linkedIndicators.size(); i++) {
            if (!indicators.contains(linkedIndicators.get(i).strip())) {
                errors.add(new FieldError("indicators[" + i + "]", "is not a quality indicator of this cycle's"
                        + " rubric"));
            }
        }
        List<String> linkedQuestions = content.questions() == null ? List.of() : content.questions();
        for (int i = 0; i < linkedQuestions.size(); i++) {
            if (!questions.contains(linkedQuestions.get(i).strip())) {
                errors.add(new FieldError("questions[" + i + "]", "is not a question of this cycle's rubric"));
            }
        }
        return errors;
    }

    private static void requireVersion(Focus focus, ETags.IfMatch ifMatch) {
        long expectedVersion = ifMatch.optional(focus.version);
        if (expectedVersion != focus.version) {
            throw stale(focus, expectedVersion);
        }
    }

    private static RuntimeException stale(Focus focus, long expectedVersion) {
        if (focus == null) {
            return ProblemException.preconditionFailed("The council has no focus yet: send If-Match \"0\"", null);
        }
        return ProblemException.preconditionFailed("The focus was changed by " + focus.updatedBy + " since you"
                + " loaded it (you sent version " + expectedVersion + ", it is now at " + focus.version + ");"
                + " review it and try again", focus.version);
    }

    private static void requireOpen(Cycle cycle) {
        if (cycle.isClosed()) {
            throw ProblemException.conflict("Cycle " + cycle.name + " is closed: its focuses can no longer change");
        }
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct()
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Cycle cycle(UUID cycleId) {
        return Cycle.<Cycle>findByIdOptional(cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
    }

    private Council council(String code) {
        return Council.findByCode(code).orElseThrow(() -> ProblemException.notFound("Council", code));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
