package scot.quads.quad.work;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Action;
import scot.quads.quad.ActionProgress;
import scot.quads.quad.Council;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;
import scot.quads.support.security.CouncilCodes;

/**
 * A council's improvement plan: every action it owns, across its quads and cycles, newest cycle first and within a
 * cycle soonest due first, each with its cycle and quad by name. For the council itself and ADES.
 */
@ApplicationScoped
public class PlanService {

    private final Caller caller;
    private final CouncilCodes codes;
    private final CycleRepository cycles;
    private final CouncilRepository councils;
    private final FollowUpService followUps;
    private final RubricVersionRepository rubricVersions;

    public PlanService(Caller caller, CouncilCodes codes, CycleRepository cycles, CouncilRepository councils,
            FollowUpService followUps, RubricVersionRepository rubricVersions) {
        this.caller = caller;
        this.codes = codes;
        this.cycles = cycles;
        this.councils = councils;
        this.followUps = followUps;
        this.rubricVersions = rubricVersions;
    }

    /**
     * One line of the plan: the action, the cycle and quad it was agreed in (names null when unknown), its
     * follow-up point (null while there is none) and the progress recorded on it, oldest first.
     * {@code gradedPerIndicator}: the cycle's rubric version grades each quality indicator as a whole, so the codes
     * the action follows up ({@code action.questionCodes}) are quality indicators' codes.
     */
    public record Line(Action action, String cycleName, LocalDate cycleDeadline, String quadName,
            LocalDate followUpOn, List<ActionProgress> progress, boolean gradedPerIndicator) {
    }

    public record Plan(String councilCode, String councilName, List<Line> lines) {

        /** Whether any line comes from a cycle graded per quality indicator. */
        public boolean anyPerIndicator() {
            return lines.stream().anyMatch(Line::gradedPerIndicator);
        }

        /** Whether every line comes from a cycle graded per quality indicator (false for an empty plan). */
        public boolean allPerIndicator() {
            return !lines.isEmpty() && lines.stream().allMatch(Line::gradedPerIndicator);
        }
    }

    public Plan of(String council) {
        String code = codes.current(council.trim().toUpperCase());
        caller.requireAccessTo(code);
        // A council this service has never heard of has no plan to show: not an empty one.
        if (councils.find(code).isEmpty()) {
            throw ProblemException.notFound("Council", council.trim());
        }
        List<Action> actions = Action.ownedBy(code);
        Map<UUID, Cycle> byId = new HashMap<>();
        cycles.findAll(actions.stream().map(a -> a.cycleId).toList()).forEach(cycle -> byId.put(cycle.id, cycle));
        Map<UUID, String> quadNames = new HashMap<>();
        Map<UUID, java.util.Optional<LocalDate>> points = new HashMap<>();
        Map<UUID, Boolean> perIndicator = new HashMap<>();
        Map<UUID, List<ActionProgress>> progress = new HashMap<>();
        ActionProgress.ofActions(actions.stream().map(a -> a.id).toList())
                .forEach(p -> progress.computeIfAbsent(p.actionId, id -> new ArrayList<>()).add(p));
        List<Line> lines = new ArrayList<>();
        for (Action action : actions) {
            Cycle cycle = byId.get(action.cycleId);
            String quad = quadNames.computeIfAbsent(action.quadId,
                    id -> Quad.<Quad>findByIdOptional(id).map(q -> q.name).orElse(null));
            LocalDate point = points.computeIfAbsent(action.cycleId,
                    id -> java.util.Optional.ofNullable(followUps.pointFor(id, code))).orElse(null);
            boolean wholeIndicators = perIndicator.computeIfAbsent(action.cycleId, id -> {
                var rubric = cycle == null ? null : rubricVersions.find(cycle.rubricVersionId);
                return rubric != null && rubric.gradedPerIndicator;
            });
            lines.add(new Line(action, cycle == null ? null : cycle.name,
                    cycle == null ? null : cycle.submissionDeadline, quad, point,
                    List.copyOf(progress.getOrDefault(action.id, List.of())), wholeIndicators));
        }
        lines.sort(Comparator.comparing((Line line) -> line.cycleDeadline() == null ? LocalDate.MIN
                : line.cycleDeadline()).reversed().thenComparing(line -> line.action().dueDate)
                .thenComparing(line -> line.action().createdAt));
        String name = councils.find(code).map((Council c) -> c.name).orElse(code);
        return new Plan(code, name, List.copyOf(lines));
    }
}
