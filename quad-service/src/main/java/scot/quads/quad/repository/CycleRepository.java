package scot.quads.quad.repository;

import static scot.quads.support.jdbc.Database.array;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.quad.Cycle;
import scot.quads.support.jdbc.Database;

/**
 * The cycles as rubric-service last announced them ({@code cycle}), a read model kept from its events: written
 * whole with an upsert, read by id, and locked while quads of a cycle are formed or changed.
 */
@ApplicationScoped
public class CycleRepository {

    private static final String CYCLE = "SELECT id, name, rubric_version_id, opens_on, submission_deadline,"
            + " reveal_rule, state, updated_at FROM cycle";

    private final Database database;

    public CycleRepository(Database database) {
        this.database = database;
    }

    public Optional<Cycle> find(UUID id) {
        return database.first(CYCLE + " WHERE id = ?", CycleRepository::cycle, id);
    }

    /**
     * The cycle, its row locked until the transaction ends, so that its quads are formed and changed one at a time
     * and each sees the members of every quad changed before. The cycle is a read model kept in plain SQL, not an
     * entity, so the lock is taken here; {@code FOR NO KEY UPDATE} (not {@code FOR UPDATE}) leaves the foreign keys
     * that point at the cycle free: proposals are still written while a quad is formed.
     */
    public Optional<Cycle> lockForQuads(UUID id) {
        return database.first(CYCLE + " WHERE id = ? FOR NO KEY UPDATE", CycleRepository::cycle, id);
    }

    /** These cycles, in no particular order. */
    public List<Cycle> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.list(CYCLE + " WHERE id = ANY(?)", CycleRepository::cycle,
                array("uuid", new HashSet<>(ids)));
    }

    /** The cycle whose deadline came last before {@code deadline}. */
    public Optional<Cycle> lastBefore(LocalDate deadline) {
        return database.first(CYCLE + " WHERE submission_deadline < ? ORDER BY submission_deadline DESC",
                CycleRepository::cycle, deadline);
    }

    public void save(Cycle cycle) {
        database.update("""
                INSERT INTO cycle (id, name, rubric_version_id, opens_on, submission_deadline, reveal_rule, state,
                                   updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rubric_version_id = EXCLUDED.rubric_version_id,
                    opens_on = EXCLUDED.opens_on, submission_deadline = EXCLUDED.submission_deadline,
                    reveal_rule = EXCLUDED.reveal_rule, state = EXCLUDED.state, updated_at = EXCLUDED.updated_at""",
                cycle.id, cycle.name, cycle.rubricVersionId, cycle.opensOn, cycle.submissionDeadline,
                cycle.revealRule, cycle.state, cycle.updatedAt);
    }

    static Cycle cycle(ResultSet row) throws SQLException {
        Cycle cycle = new Cycle();
        cycle.id = row.getObject("id", UUID.class);
        cycle.name = row.getString("name");
        cycle.rubricVersionId = row.getObject("rubric_version_id", UUID.class);
        cycle.opensOn = row.getObject("opens_on", LocalDate.class);
        cycle.submissionDeadline = row.getObject("submission_deadline", LocalDate.class);
        cycle.revealRule = row.getString("reveal_rule");
        cycle.state = row.getString("state");
        cycle.updatedAt = row.getObject("updated_at", OffsetDateTime.class);
        return cycle;
    }
}
