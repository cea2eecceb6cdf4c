package scot.quads.notification.repository;

import static scot.quads.support.jdbc.Database.array;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import scot.quads.notification.Notification;
import scot.quads.support.jdbc.Database;

/** Notifications and each reader's read state, in plain SQL within the caller's transaction. */
@ApplicationScoped
public class NotificationRepository {

    private static final String COLUMNS = """
            SELECT n.id, n.audience, n.type, n.title, n.body, n.link, n.council_code, n.cycle_id, n.source_event_id,
                   n.created_at
            FROM notification n""";
    private static final String UNREAD = """
            NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.reader = ? AND r.notification_id = n.id)""";

    private final Database database;

    public NotificationRepository(Database database) {
        this.database = database;
    }

    public void insert(Notification n) {
        database.update("""
                INSERT INTO notification (id, audience, type, title, body, link, council_code, cycle_id,
                                          source_event_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", n.id, n.audience, n.type, n.title, n.body, n.link,
                n.councilCode, n.cycleId, n.sourceEventId, n.createdAt);
    }

    /** Which of these ids are recorded already. */
    public Set<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(database.list("SELECT id FROM notification WHERE id = ANY(?)",
                row -> row.getObject(1, UUID.class), array("uuid", ids)));
    }

    /** These notifications, oldest first. */
    public List<Notification> withIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.list(COLUMNS + " WHERE n.id = ANY(?) ORDER BY n.created_at, n.id",
                NotificationRepository::notification, array("uuid", ids));
    }

    public Optional<Notification> withId(UUID id) {
        return database.first(COLUMNS + " WHERE n.id = ?", NotificationRepository::notification, id);
    }

    /** The notification if it is addressed to one of these audiences; otherwise, as far as the caller knows, none. */
    public Optional<Notification> findFor(UUID id, List<String> audiences) {
        return database.first(COLUMNS + " WHERE n.id = ? AND n.audience = ANY(?)",
                NotificationRepository::notification, id, array("text", audiences));
    }

    /** How many of these audiences' notifications this reader has not read. */
    public long unreadCount(List<String> audiences, String reader) {
        return database.number("SELECT count(*) FROM notification n WHERE n.audience = ANY(?) AND " + UNREAD,
                array("text", audiences), reader);
    }

    /** The newest {@code limit} of these audiences' notifications (only those this reader has not read, if asked). */
    public List<Notification> newest(List<String> audiences, String reader, boolean unreadOnly, int limit) {
        String sql = COLUMNS + " WHERE n.audience = ANY(?)" + (unreadOnly ? " AND " + UNREAD : "")
                + " ORDER BY n.created_at DESC, n.id DESC LIMIT ?";
        return unreadOnly
                ? database.list(sql, NotificationRepository::notification, array("text", audiences), reader, limit)
                : database.list(sql, NotificationRepository::notification, array("text", audiences), limit);
    }

    /** Which of these notifications this reader has read. */
    public Set<UUID> readAmong(String reader, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(database.list(
                "SELECT notification_id FROM notification_read WHERE reader = ? AND notification_id = ANY(?)",
                row -> row.getObject(1, UUID.class), reader, array("uuid", ids)));
    }

    public void markRead(String reader, UUID id) {
        database.update("INSERT INTO notification_read (reader, notification_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                reader, id);
    }

    /** Marks every notification of these audiences read for this reader. */
    public void markAllRead(String reader, List<String> audiences) {
        database.update("""
                INSERT INTO notification_read (reader, notification_id)
                SELECT ?, n.id FROM notification n WHERE n.audience = ANY(?)
                ON CONFLICT DO NOTHING""", reader, array("text", audiences));
    }

    private static Notification notification(ResultSet row) throws SQLException {
        Notification n = new Notification();
        n.id = row.getObject(1, UUID.class);
        n.audience = row.getString(2);
        n.type = row.getString(3);
        n.title = row.getString(4);
        n.body = row.getString(5);
        n.link = row.getString(6);
        n.councilCode = row.getString(7);
        n.cycleId = row.getObject(8, UUID.class);
        n.sourceEventId = row.getString(9);
        n.createdAt = row.getObject(10, OffsetDateTime.class);
        return n;
    }
}
