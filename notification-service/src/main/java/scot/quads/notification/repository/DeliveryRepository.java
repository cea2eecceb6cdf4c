package scot.quads.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.notification.Delivery;
import scot.quads.support.jdbc.Database;

/**
 * The mails to send or to gather into digests. A claim ({@code FOR UPDATE SKIP LOCKED}) is a row lock held by the
 * caller's transaction: another instance skips the row until that transaction ends.
 */
@ApplicationScoped
public class DeliveryRepository {

    private static final String COLUMNS = """
            SELECT id, event_id, notification_id, recipient, channel, status, attempts, next_attempt_at, last_error,
                   subject, text_body, html_body, created_at, sent_at
            FROM delivery""";

    private final Database database;

    public DeliveryRepository(Database database) {
        this.database = database;
    }

    /** Queues one mail; returns 0 when this notification already has one for this person on this channel. */
    public int enqueue(String eventId, UUID notificationId, String recipient, String channel, String subject,
            String textBody, String htmlBody) {
        return database.update("""
                INSERT INTO delivery (event_id, notification_id, recipient, channel, subject, text_body, html_body)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (notification_id, recipient, channel) DO NOTHING""",
                eventId, notificationId, recipient, channel, subject, textBody, htmlBody);
    }

    /** Whether this event already mails this person (as a contact of a council it told). */
    public boolean mailedForEvent(String eventId, String recipient) {
        return database.first("SELECT 1 FROM delivery WHERE event_id = ? AND recipient = ?", row -> true, eventId,
                recipient).isPresent();
    }

    /** Claims the mail that has waited longest of those due now, if any. */
    public Optional<Delivery> claimNextDue() {
        return database.first(COLUMNS + """

                WHERE status = 'pending' AND channel = 'email' AND next_attempt_at <= now()
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", DeliveryRepository::delivery);
    }

    /** Everyone with a digest pending. */
    public List<String> digestRecipients() {
        return database.list("""
                SELECT DISTINCT recipient FROM delivery WHERE channel = 'digest' AND status = 'pending'
                ORDER BY recipient""", row -> row.getString(1));
    }

    /** Claims this person's pending digest items, oldest first (those another instance holds are skipped). */
    public List<Delivery> claimDigest(String recipient) {
        return database.list(COLUMNS + """

                WHERE recipient = ? AND channel = 'digest' AND status = 'pending'
                ORDER BY created_at, id
                FOR UPDATE SKIP LOCKED""", DeliveryRepository::delivery, recipient);
    }

    /** Writes back how the sending went: status, attempts, when to try next, the error and when it was sent. */
    public void saveOutcome(Delivery d) {
        database.update("""
                UPDATE delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, sent_at = ?
                WHERE id = ?""", d.status, d.attempts, d.nextAttemptAt, d.lastError, d.sentAt, d.id);
    }

    /** Mails in one state, newest first. */
    public List<Delivery> withStatus(String status, int limit) {
        return database.list(COLUMNS + " WHERE status = ? ORDER BY created_at DESC, id DESC LIMIT ?",
                DeliveryRepository::delivery, status, limit);
    }

    /** One person's mails, oldest first. */
    public List<Delivery> to(String recipient) {
        return database.list(COLUMNS + " WHERE recipient = ? ORDER BY id", DeliveryRepository::delivery, recipient);
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        Delivery d = new Delivery();
        d.id = row.getLong(1);
        d.eventId = row.getString(2);
        d.notificationId = row.getObject(3, UUID.class);
        d.recipient = row.getString(4);
        d.channel = row.getString(5);
        d.status = row.getString(6);
        d.attempts = row.getInt(7);
        d.nextAttemptAt = row.getObject(8, OffsetDateTime.class);
        d.lastError = row.getString(9);
        d.subject = row.getString(10);
        d.textBody = row.getString(11);
        d.htmlBody = row.getString(12);
        d.createdAt = row.getObject(13, OffsetDateTime.class);
        d.sentAt = row.getObject(14, OffsetDateTime.class);
        return d;
    }
}
