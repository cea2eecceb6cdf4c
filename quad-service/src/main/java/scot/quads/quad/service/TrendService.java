package scot.quads.quad.service;

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
import scot.quads.quad.repository.ProjectionRepository;
import scot.quads.support.jdbc.Database;
import scot.quads.support.security.Caller;

/** A council's trend across cycles, to the council itself and ADES, from its shown submissions only. */
@ApplicationScoped
public class TrendService {

    private final Database database;
    private final ProjectionRepository projections;
    private final Caller caller;
    private final RubricVersions rubricVersions;

    public TrendService(Database database, ProjectionRepository projections, Caller caller,
            RubricVersions rubricVersions) {
        this.database = database;
        this.projections = projections;
        this.caller = caller;
        this.rubricVersions = rubricVersions;
    }

    public Trend trend(String council) {
        String code = council.trim().toUpperCase();
        caller.requireAccessTo(code);
        Map<UUID, UUID> versionOfCycle = new HashMap<>();
        Map<UUID, Map<String, Trend.Level>> answers = new HashMap<>();
        database.list("""
                SELECT cycle_id, rubric_version_id, question_code, level, not_applicable
                FROM answer_level WHERE council_code = ?
                """, row -> {
            UUID cycleId = row.getObject(1, UUID.class);
            UUID versionId = row.getObject(2, UUID.class);
            if (versionId != null) {
                versionOfCycle.putIfAbsent(cycleId, versionId);
            }
            answers.computeIfAbsent(cycleId, key -> new LinkedHashMap<>()).put(row.getString(3),
                    new Trend.Level(row.getObject(4, Integer.class), row.getBoolean(5)));
            return cycleId;
        }, code);
        List<Cycle> cycles = answers.isEmpty() ? List.of()
                : projections.cycles(answers.keySet()).stream()
                        .sorted(Comparator.comparing((Cycle c) -> c.submissionDeadline).thenComparing(c -> c.id))
                        .toList();
        Map<UUID, RubricVersion> versions = new HashMap<>();
        List<Trend.Answered> answered = new ArrayList<>();
        for (Cycle cycle : cycles) {
            UUID versionId = versionOfCycle.getOrDefault(cycle.id, cycle.rubricVersionId);
            RubricVersion version = versions.computeIfAbsent(versionId, rubricVersions::find);
            answered.add(new Trend.Answered(new Trend.TrendCycle(cycle.id, cycle.name, cycle.submissionDeadline,
                    versionId, version == null ? null : version.label), version, answers.get(cycle.id)));
        }
        return Trend.of(code, answered, id -> versions.computeIfAbsent(id, rubricVersions::find));
    }
}
