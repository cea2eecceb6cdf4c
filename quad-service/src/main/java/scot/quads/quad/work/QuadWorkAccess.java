package scot.quads.quad.work;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.membership.QuadService;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.reveal.Reveal;
import scot.quads.quad.reveal.RevealService;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/**
 * Who may read and write a quad's comments, sessions and actions, and whose answers the caller may talk about.
 * Reading follows the quad itself (its members' users, ADES and the ADES officers and link inspectors assigned to it;
 * anyone else 403, whatever the id); writing sessions and actions needs an editor of a member council or ADES, and
 * commenting also admits the assigned officers and inspectors. Whether a partner's answers are shown is the
 * comparison's reveal rule.
 */
@ApplicationScoped
public class QuadWorkAccess {

    private final CycleRepository cycles;
    private final RubricVersionRepository rubricVersions;
    private final QuadService quads;
    private final RevealService reveals;
    private final Caller caller;
    private final Clock clock;
    private final QuadConfig config;

    public QuadWorkAccess(CycleRepository cycles, RubricVersionRepository rubricVersions, QuadService quads,
            RevealService reveals, Caller caller, Clock clock, QuadConfig config) {
        this.cycles = cycles;
        this.rubricVersions = rubricVersions;
        this.quads = quads;
        this.reveals = reveals;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    public Quad readable(UUID quadId) {
        return quads.liveQuad(quadId);
    }

    public Quad writable(UUID quadId) {
        Quad quad = quads.liveQuad(quadId);
        if (!caller.isAdes() && !caller.isEditor()) {
            throw ProblemException.forbidden("Only editors of the quad's councils and ADES can write in the quad's"
                    + " work; viewers can read it");
        }
        return quad;
    }

    /**
     * A quad whose sessions the caller may plan and record: its members' editors, ADES, and the ADES officers
     * assigned to it (who run their quads' sessions); link inspectors and viewers take part and read.
     */
    public Quad sessionWritable(UUID quadId) {
        Quad quad = quads.liveQuad(quadId);
        if (!caller.isAdes() && !caller.isEditor() && !(caller.isAssignedReader() && caller.isAdesOfficer())) {
            throw ProblemException.forbidden("Only editors of the quad's councils, ADES and the ADES officers"
                    + " assigned to the quad can plan its sessions and record their outcomes; others can read them");
        }
        return quad;
    }

    /**
     * A quad the caller may comment in: its members' editors, ADES, and the ADES officers and link inspectors it is
     * assigned to (who challenge, but write nothing else of the quad's); viewers only read.
     */
    public Quad commentable(UUID quadId) {
        Quad quad = quads.liveQuad(quadId);
        if (!caller.isAdes() && !caller.isEditor() && !caller.isAssignedReader()) {
            throw ProblemException.forbidden("Only editors of the quad's councils, ADES and the officers and link"
                    + " inspectors assigned to the quad can comment; viewers can read the comments");
        }
        return quad;
    }

    /** The reveal decision for this caller, as the comparison makes it. */
    public Reveal.Decision reveal(Quad quad) {
        return reveals.decision(quad);
    }

    /**
     * Which councils' comment threads the caller may read: ADES all; a member the threads about its own answers and
     * about the partners whose answers are shown to it now (a returned or recalled answer takes its threads along).
     */
    public Predicate<String> threadsVisible(Quad quad) {
        if (caller.isAdes()) {
            return council -> true;
        }
        Reveal.Decision decision = reveal(quad);
        return council -> caller.belongsTo(council) || decision.shows(council);
    }

    /** The cycle's rubric version, or 409 while it has not reached this service. */
    public RubricVersion rubric(Quad quad) {
        Cycle cycle = cycles.find(quad.cycleId).orElseThrow();
        RubricVersion rubric = rubricVersions.find(cycle.rubricVersionId);
        if (rubric == null) {
            throw ProblemException.conflict("The rubric version of this quad's cycle (" + cycle.rubricVersionId
                    + ") has not reached the quad service yet; try again in a moment");
        }
        return rubric;
    }

    /** Problems with question codes that are not in the rubric version, or are listed twice. */
    public static List<Problem.FieldError> questionErrors(String field, List<String> codes, RubricVersion rubric) {
        Set<String> known = new HashSet<>(rubric.questions.stream().map(RubricVersion.Question::code).toList());
        Set<String> seen = new HashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!known.contains(code)) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", code + " is not a question of the cycle's"
                        + " rubric version (" + rubric.label + ")"));
            } else if (!seen.add(code)) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "lists " + code + " more than once"));
            }
        }
        return errors;
    }

    /** 422 naming every field when there are problems. */
    public static void refuse(String what, List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(what + ": " + String.join("; ",
                    errors.stream().map(e -> e.field() + " " + e.message()).toList()), errors);
        }
    }

    /** PostgreSQL text cannot hold a NUL character; everything else is kept exactly as typed. */
    public static void checkText(String field, String value, List<Problem.FieldError> errors) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            errors.add(new Problem.FieldError(field, "must not contain a NUL character"));
        }
    }

    /** Dates far outside the years the platform serves are typing mistakes (and beyond what PostgreSQL stores). */
    public static void checkYear(String field, Integer year, List<Problem.FieldError> errors) {
        if (year != null && (year < 2000 || year > 2100)) {
            errors.add(new Problem.FieldError(field, "must be in the years 2000 to 2100, not " + year));
        }
    }

    public String username() {
        return caller.username();
    }

    public Caller caller() {
        return caller;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }
}
