package scot.quads.quad.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Cycle;
import scot.quads.quad.RubricVersion;
import scot.quads.support.security.Caller;

/** A council's trend across cycles, to the council itself and ADES, from its shown submissions only. */
@ApplicationScoped
public class TrendService {

    private final EntityManager entityManager;
    private final Caller caller;
    private final RubricVersions rubricVersions;

    public TrendService(EntityManager entityManager, Caller caller, RubricVersions rubricVersions) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.rubricVersions = rubricVersions;
    }

    public Trend trend(String council) {
        String code = council.trim().toUpperCase();
        caller.requireAccessTo(code);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT cycle_id, rubric_version_id, question_code, level, not_applicable
                FROM answer_level WHERE council_code = ?1
                """).setParameter(1, code).getResultList();
        Map<UUID, UUID> versionOfCycle = new HashMap<>();
        Map<UUID, Map<String, Trend.Level>> answers = new HashMap<>();
        for (Object[] row : rows) {
            UUID cycleId = (UUID) row[0];
            if (row[1] != null) {
                versionOfCycle.putIfAbsent(cycleId, (UUID) row[1]);
            }
            answers.computeIfAbsent(cycleId, key -> new LinkedHashMap<>()).put((String) row[2],
                    new Trend.Level(row[3] == null ? null : ((Number) row[3]).intValue(), (Boolean) row[4]));
        }
        List<Cycle> cycles = answers.isEmpty() ? List.of()
                : Cycle.<Cycle>list("id in ?1", answers.keySet()).stream()
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
