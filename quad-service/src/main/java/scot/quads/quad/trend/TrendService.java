package scot.quads.quad.trend;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Cycle;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.repository.AnswerLevelRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.support.security.Caller;

/** A council's trend across cycles, to the council itself and ADES, from its shown submissions only. */
@ApplicationScoped
public class TrendService {

    private final AnswerLevelRepository answerLevels;
    private final CycleRepository cycles;
    private final RubricVersionRepository rubricVersions;
    private final Caller caller;

    public TrendService(AnswerLevelRepository answerLevels, CycleRepository cycles,
            RubricVersionRepository rubricVersions, Caller caller) {
        this.answerLevels = answerLevels;
        this.cycles = cycles;
        this.rubricVersions = rubricVersions;
        this.caller = caller;
    }

    public Trend trend(String council) {
        String code = council.trim().toUpperCase();
        caller.requireAccessTo(code);
        Map<UUID, UUID> versionOfCycle = new HashMap<>();
        Map<UUID, Map<String, Trend.Level>> answers = new HashMap<>();
        for (AnswerLevelRepository.Level level : answerLevels.ofCouncilInEveryCycle(code)) {
            if (level.rubricVersionId() != null) {
                versionOfCycle.putIfAbsent(level.cycleId(), level.rubricVersionId());
            }
            answers.computeIfAbsent(level.cycleId(), key -> new LinkedHashMap<>()).put(level.questionCode(),
                    new Trend.Level(level.level(), level.notApplicable()));
        }
        List<Cycle> answered = answers.isEmpty() ? List.of()
                : cycles.findAll(answers.keySet()).stream()
                        .sorted(Comparator.comparing((Cycle c) -> c.submissionDeadline).thenComparing(c -> c.id))
                        .toList();
        Map<UUID, RubricVersion> versions = new HashMap<>();
        List<Trend.Answered> points = new ArrayList<>();
        for (Cycle cycle : answered) {
            UUID versionId = versionOfCycle.getOrDefault(cycle.id, cycle.rubricVersionId);
            RubricVersion version = versions.computeIfAbsent(versionId, rubricVersions::find);
            points.add(new Trend.Answered(new Trend.TrendCycle(cycle.id, cycle.name, cycle.submissionDeadline,
                    versionId, version == null ? null : version.label), version, answers.get(cycle.id)));
        }
        return Trend.of(code, points, id -> versions.computeIfAbsent(id, rubricVersions::find));
    }
}
