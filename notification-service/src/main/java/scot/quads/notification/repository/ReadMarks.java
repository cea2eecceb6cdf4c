package scot.quads.notification.repository;

import static scot.quads.support.jdbc.Database.array;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * Sets readers' read marks ({@code NotificationRead}). Marking is idempotent: a mark already there is left as it is
 * ({@code ON CONFLICT DO NOTHING}), so the same notification marked from two tabs at once is no conflict, and
 * marking every notification of a reader's audiences read is one {@code INSERT ... SELECT}, however many there are.
 */
@ApplicationScoped
public class ReadMarks {

    private final Database database;

    public ReadMarks(Database database) {
        this.database = database;
    }

    public void markRead(String reader, UUID notificationId) {
        database.update("INSERT INTO notification_read (reader, notification_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                reader, notificationId);
    }

    /** Marks every notification of these audiences read for this reader. */
    public void markAllRead(String reader, List<String> audiences) {
        database.update("""
                INSERT INTO notification_read (reader, notification_id)
                SELECT ?, n.id FROM notification n WHERE n.audience = ANY(?)
                ON CONFLICT DO NOTHING""", reader, array("text", audiences));
    }
}
