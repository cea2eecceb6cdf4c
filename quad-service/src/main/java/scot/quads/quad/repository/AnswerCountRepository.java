package scot.quads.quad.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * The national distribution ({@code answer_count}): per cycle, question and level (or not applicable), how many
 * councils' shown submissions gave it, counted as the submissions arrive ({@link AnswerLevelRepository#refresh}), so
 * that a read is one indexed lookup of a few rows per question however many councils there are.
 */
@ApplicationScoped
public class AnswerCountRepository {

    private final Database database;

    public AnswerCountRepository(Database database) {
        this.database = database;
    }

    /** How many councils gave a question this level, or none ({@code level} null: not applicable or no level). */
    public record Count(String questionCode, Integer level, boolean notApplicable, int councils) {
    }

    /** The cycle's counts that are not zero. */
    public List<Count> ofCycle(UUID cycleId) {
        return database.list("""
                SELECT question_code, level, not_applicable, councils
                FROM answer_count WHERE cycle_id = ? AND councils > 0
                """, row -> new Count(row.getString("question_code"), row.getObject("level", Integer.class),
                row.getBoolean("not_applicable"), row.getInt("councils")), cycleId);
    }
}
