package scot.quads.rubric.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.RevealRule;
import scot.quads.support.jdbc.ConcurrentChangeException;
import scot.quads.support.jdbc.Database;

/**
 * Cycles, and the records that make the calendar's moves and the deadline reminders happen once. A cycle's
 * {@code version} is its ETag: every change written here bumps it, and only if it is still at the version read.
 */
@ApplicationScoped
public class CycleRepository {

    private final Database database;

    public CycleRepository(Database database) {
        this.database = database;
    }

    public List<Cycle> newestFirst() {
        return database.list(CYCLE + " ORDER BY opens_on DESC, name", CycleRepository::cycle);
    }

    /** Every cycle the scheduled jobs still look at. */
    public List<UUID> notClosed() {
        return database.list("SELECT id FROM cycle WHERE state <> ?", row -> row.getObject(1, UUID.class),
                Cycle.CLOSED);
    }

    public boolean nameTaken(String name) {
        return database.number("SELECT count(*) FROM cycle WHERE lower(name) = lower(?)", name.trim()) > 0;
    }

    public Optional<Cycle> find(UUID id) {
        return database.first(CYCLE + " WHERE id = ?", CycleRepository::cycle, id);
    }

    /** The cycle, locked for the rest of the transaction. */
    public Optional<Cycle> lock(UUID id) {
        return database.first(CYCLE + " WHERE id = ? FOR UPDATE", CycleRepository::cycle, id);
    }

    public void insert(Cycle cycle) {
        database.update("""
                INSERT INTO cycle (id, name, rubric_version_id, opens_on, submission_deadline, closes_on, reveal_rule,
                    state, created_at, created_by, reminder_days, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cycle.id, cycle.name, cycle.rubricVersionId,
                cycle.opensOn, cycle.submissionDeadline, cycle.closesOn, cycle.revealRule.wire(), cycle.state,
                cycle.createdAt, cycle.createdBy, Cycle.reminderDaysText(cycle.reminderDays), cycle.version);
    }

    /** Writes the cycle's dates, rule, reminders and state, if it is still at the version read; bumps it. */
    public void update(Cycle cycle) {
        int changed = database.update("""
                UPDATE cycle SET name = ?, rubric_version_id = ?, opens_on = ?, submission_deadline = ?,
                    closes_on = ?, reveal_rule = ?, state = ?, reminder_days = ?, version = version + 1
                WHERE id = ? AND version = ?""", cycle.name, cycle.rubricVersionId, cycle.opensOn,
                cycle.submissionDeadline, cycle.closesOn, cycle.revealRule.wire(), cycle.state,
                Cycle.reminderDaysText(cycle.reminderDays), cycle.id, cycle.version);
        if (changed == 0) {
            throw new ConcurrentChangeException("Cycle " + cycle.id + " was changed meanwhile");
        }
        cycle.version++;
    }

    /** Records a move the calendar makes; false when it was made before. */
    public boolean recordTransition(UUID cycleId, String toState, LocalDate dueOn) {
        return database.update("""
                INSERT INTO cycle_transition (cycle_id, to_state, due_on) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", cycleId, toState, dueOn) > 0;
    }

    /** Records a reminder sent; false when it was sent before. */
    public boolean recordReminder(UUID cycleId, String kind, LocalDate dueOn, int daysLeft, int councils) {
        return database.update("""
                INSERT INTO cycle_reminder (cycle_id, kind, due_on, days_left, councils)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", cycleId, kind, dueOn, daysLeft, councils) > 0;
    }

    public long reminderCount(UUID cycleId) {
        return database.number("SELECT count(*) FROM cycle_reminder WHERE cycle_id = ?", cycleId);
    }

    /** Active councils (from the council projection) without a submitted self-evaluation in the cycle. */
    public List<String> councilsNotSubmitted(UUID cycleId) {
        return database.list("""
                SELECT c.gss_code FROM council c
                 WHERE c.active
                   AND NOT EXISTS (SELECT 1 FROM self_evaluation e
                                    WHERE e.cycle_id = ? AND e.council_code = c.gss_code AND e.state = 'submitted')
                 ORDER BY c.gss_code""", row -> row.getString(1), cycleId);
    }

    private static final String CYCLE = """
            SELECT id, name, rubric_version_id, opens_on, submission_deadline, closes_on, reveal_rule, state,
                created_at, created_by, reminder_days, version FROM cycle""";

    private static Cycle cycle(ResultSet row) throws SQLException {
        Cycle cycle = new Cycle();
        cycle.id = row.getObject(1, UUID.class);
        cycle.name = row.getString(2);
        cycle.rubricVersionId = row.getObject(3, UUID.class);
        cycle.opensOn = row.getObject(4, LocalDate.class);
        cycle.submissionDeadline = row.getObject(5, LocalDate.class);
        cycle.closesOn = row.getObject(6, LocalDate.class);
        String rule = row.getString(7);
        cycle.revealRule = rule == null ? null : RevealRule.fromWire(rule)
                .orElseThrow(() -> new IllegalStateException("Unknown reveal rule " + rule));
        cycle.state = row.getString(8);
        cycle.createdAt = row.getObject(9, OffsetDateTime.class);
        cycle.createdBy = row.getString(10);
        cycle.reminderDays = Cycle.reminderDaysOf(row.getString(11));
        cycle.version = row.getLong(12);
        return cycle;
    }
}
