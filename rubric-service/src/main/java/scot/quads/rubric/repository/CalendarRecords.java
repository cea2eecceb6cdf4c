package scot.quads.rubric.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * The records that make each of the calendar's moves and each deadline reminder happen once, however many replicas
 * run the jobs: an insert that does nothing when the record exists, written in the transaction that acts on it.
 * Plain SQL because the point is the database's {@code ON CONFLICT DO NOTHING} on the key, with no read first.
 */
@ApplicationScoped
public class CalendarRecords {

    private final Database database;

    public CalendarRecords(Database database) {
        this.database = database;
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
}
