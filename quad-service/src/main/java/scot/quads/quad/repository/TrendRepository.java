package scot.quads.quad.repository;

import static scot.quads.support.jdbc.Database.array;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.Cycle;
import scot.quads.support.jdbc.Database;

/**
 * What a council's trend reads: its most recent cycles that have its shown submission ({@code cycle} joined to
 * {@code answer_level}), and its levels in those cycles only. Each read is bounded by the number of cycles asked
 * for, whatever the number the council has answered: the cycles are found by one probe of
 * {@code answer_level_by_council} each (no level is read for them), the levels from the same index alone.
 */
@ApplicationScoped
public class TrendRepository {

    private final Database database;

    public TrendRepository(Database database) {
        this.database = database;
    }

    /** The council's latest cycles, newest first, and how many cycles it has answered in all. */
    public record LatestCycles(List<Cycle> newestFirst, int answered) {
    }

    /** At most {@code limit} of the cycles with the council's shown submission, the latest deadlines first. */
    public LatestCycles latestCycles(String councilCode, int limit) {
        List<Cycle> cycles = new ArrayList<>();
        int[] answered = {0};
        database.list("""
                SELECT c.id, c.name, c.rubric_version_id, c.opens_on, c.submission_deadline, c.reveal_rule, c.state,
                       c.updated_at, count(*) OVER () AS answered_cycles
                FROM cycle c
                WHERE EXISTS (SELECT 1 FROM answer_level l WHERE l.council_code = ? AND l.cycle_id = c.id)
                ORDER BY c.submission_deadline DESC, c.id DESC
                LIMIT ?""", row -> {
            answered[0] = row.getInt("answered_cycles");
            return cycles.add(CycleRepository.cycle(row));
        }, councilCode, limit);
        return new LatestCycles(cycles, answered[0]);
    }

    /** The council's levels in these cycles. */
    public List<AnswerLevelRepository.Level> levels(String councilCode, List<UUID> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        return database.list("""
                SELECT cycle_id, rubric_version_id, question_code, level, not_applicable FROM answer_level
                WHERE council_code = ? AND cycle_id = ANY(?)""", AnswerLevelRepository::level, councilCode,
                array("uuid", new HashSet<>(cycleIds)));
    }
}
