package scot.quads.quad.reveal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.Submission;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.SubmissionRepository;
import scot.quads.support.security.Caller;

/**
 * The one place that applies a cycle's reveal rule to a quad, from the projections, for the caller of the request.
 * Everything that shows a council's answers (comparison, flags, learning partners, exports, comments on answers)
 * asks here, so that a hidden answer cannot leak through a side door.
 */
@ApplicationScoped
public class RevealService {

    private final CycleRepository cycles;
    private final SubmissionRepository submissions;
    private final Caller caller;
    private final Clock clock;
    private final QuadConfig config;

    public RevealService(CycleRepository cycles, SubmissionRepository submissions, Caller caller, Clock clock,
            QuadConfig config) {
        this.cycles = cycles;
        this.submissions = submissions;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** A quad's members' shown submissions and what the caller may see of them. */
    public record QuadAnswers(Quad quad, Cycle cycle, List<String> members, Map<String, Submission> submissions,
            Reveal.Decision decision) {

        /** The submissions the caller may see, in member order. */
        public List<Submission> shown() {
            return members.stream().filter(decision::shows).map(submissions::get).toList();
        }
    }

    /** What the current caller may see of this quad's answers now. */
    public QuadAnswers answers(Quad quad) {
        Cycle cycle = cycles.find(quad.cycleId).orElse(null);
        List<String> members = quad.memberCodes();
        Map<String, Submission> latest = submissions.latestFor(cycle.id, members);
        return new QuadAnswers(quad, cycle, members, latest, decide(cycle, members, latest, caller.isAdes()));
    }

    /** What the current caller may see of this quad's answers now, read without the answers themselves. */
    public Reveal.Decision decision(Quad quad) {
        Cycle cycle = cycles.find(quad.cycleId).orElse(null);
        List<String> members = quad.memberCodes();
        return decideFromStamps(cycle, members, submissions.latestStampsFor(cycle.id, members), caller.isAdes());
    }

    /** The reveal decision for ADES or for a member, given the members' shown submissions. */
    public Reveal.Decision decide(Cycle cycle, List<String> members, Map<String, Submission> submissions,
            boolean ades) {
        return decideFrom(cycle, members, code -> submissions.containsKey(code)
                ? submissions.get(code).submittedAt : null, ades);
    }

    /** As {@link #decide}, from the members' submission stamps (no answers needed). */
    public Reveal.Decision decideFromStamps(Cycle cycle, List<String> members,
            Map<String, Submission.Stamp> stamps, boolean ades) {
        return decideFrom(cycle, members, code -> stamps.containsKey(code) ? stamps.get(code).submittedAt() : null,
                ades);
    }

    private Reveal.Decision decideFrom(Cycle cycle, List<String> members,
            Function<String, OffsetDateTime> submittedAt, boolean ades) {
        List<Reveal.Member> status = members.stream().map(code -> new Reveal.Member(code, submittedAt.apply(code)))
                .toList();
        RevealRule rule = RevealRule.of(cycle.revealRule);
        return ades
                ? Reveal.forAdes(rule, cycle.submissionDeadline, config.timeZone(), clock.instant(), status)
                : Reveal.forMember(rule, cycle.submissionDeadline, config.timeZone(), clock.instant(), status);
    }

    /**
     * Is council {@code councilCode}'s answer in cycle {@code cycleId} visible to the current caller now? True for
     * ADES and for the council itself once it has a shown (submitted, not returned or recalled) evaluation; for a
     * partner in the same quad of that cycle, only as the cycle's reveal rule says; false for anyone else.
     */
    public boolean visibleTo(UUID cycleId, String councilCode) {
        return visibleTo(cycleId, councilCode, caller.isAdes(), caller.council().orElse(null));
    }

    /** As {@link #visibleTo(UUID, String)}, for a caller described explicitly (ADES, or a council's user). */
    public boolean visibleTo(UUID cycleId, String councilCode, boolean callerIsAdes, String callerCouncil) {
        if (cycleId == null || councilCode == null) {
            return false;
        }
        String answering = councilCode.trim().toUpperCase();
        Cycle cycle = cycles.find(cycleId).orElse(null);
        if (cycle == null) {
            return false;
        }
        if (callerIsAdes || answering.equalsIgnoreCase(callerCouncil)) {
            return !submissions.latestStampsFor(cycleId, List.of(answering)).isEmpty();
        }
        if (callerCouncil == null) {
            return false;
        }
        Optional<Quad> quad = Quad.ofCouncil(cycleId, callerCouncil);
        if (quad.isEmpty() || quad.get().dissolved() || !quad.get().hasMember(answering)) {
            return false;
        }
        List<String> members = quad.get().memberCodes();
        return decideFromStamps(cycle, members, submissions.latestStampsFor(cycleId, members), false)
                .shows(answering);
    }
}
