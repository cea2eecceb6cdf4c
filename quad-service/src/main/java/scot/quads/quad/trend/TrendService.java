package scot.quads.quad.trend;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Cycle;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.repository.AnswerLevelRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.repository.TrendRepository;
import scot.quads.support.security.Caller;
import scot.quads.support.security.CouncilCodes;

/**
 * A council's trend across its most recent cycles ({@code quads.quad.trend-cycles}, 5 by default), to the council
 * itself and ADES, from its shown submissions only. Only those cycles' levels are read, so a trend costs the same
 * after five cycles or fifty; how many earlier cycles were left out is said, not read.
 */
@ApplicationScoped
public class TrendService {

    private final TrendRepository trends;
    private final RubricVersionRepository rubricVersions;
    private final Caller caller;
    private final QuadConfig config;
    private final CouncilCodes codes;

    public TrendService(TrendRepository trends, RubricVersionRepository rubricVersions, Caller caller,
            QuadConfig config, CouncilCodes codes) {
        this.trends = trends;
        this.rubricVersions = rubricVersions;
        this.caller = caller;
        this.config = config;
        this.codes = codes;
    }

    public Trend trend(String council) {
        String code = codes.current(council.trim().toUpperCase());
        caller.requireAccessTo(code);
        TrendRepository.LatestCycles latest = trends.latestCycles(code, Math.max(1, config.trendCycles()));
        List<Cycle> oldestFirst = new ArrayList<>(latest.newestFirst());
        Collections.reverse(oldestFirst);
        Map<UUID, UUID> versionOfCycle = new HashMap<>();
        Map<UUID, Map<String, Trend.Level>> answers = new HashMap<>();
        for (AnswerLevelRepository.Level level : trends.levels(code, oldestFirst.stream().map(c -> c.id).toList())) {
            if (level.rubricVersionId() != null) {
                versionOfCycle.putIfAbsent(level.cycleId(), level.rubricVersionId());
            }
            answers.computeIfAbsent(level.cycleId(), key -> new LinkedHashMap<>()).put(level.questionCode(),
                    new Trend.Level(level.level(), level.notApplicable()));
        }
        Map<UUID, RubricVersion> versions = new HashMap<>();
        List<Trend.Answered> points = new ArrayList<>();
        for (Cycle cycle : oldestFirst) {
            UUID versionId = versionOfCycle.getOrDefault(cycle.id, cycle.rubricVersionId);
            RubricVersion version = versions.computeIfAbsent(versionId, rubricVersions::find);
            points.add(new Trend.Answered(new Trend.TrendCycle(cycle.id, cycle.name, cycle.submissionDeadline,
                    versionId, version == null ? null : version.label), version,
                    answers.getOrDefault(cycle.id, Map.of())));
        }
        return Trend.of(code, points, id -> versions.computeIfAbsent(id, rubricVersions::find),
                latest.answered() - oldestFirst.size());
    }
}
