package scot.quads.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import scot.quads.support.jdbc.Database;

/**
 * Claims queued mails for sending. A claim is a row lock ({@code FOR UPDATE SKIP LOCKED}) held by the caller's
 * transaction: another instance skips the row until that transaction ends, and a sender that dies drops its claims
 * with its connection. The claimed rows are then read and changed as {@code Delivery} entities in the same
 * transaction. Plain SQL because a skip-locked claim with its ordering and limit is exactly what this statement says.
 */
@ApplicationScoped
public class MailClaims {

    private final Database database;

    public MailClaims(Database database) {
        this.database = database;
    }

    /** Claims the mail that has waited longest of those due now, if any; returns its id. */
    public Optional<Long> nextDue() {
        return database.first("""
                SELECT id FROM delivery
                WHERE status = 'pending' AND channel = 'email' AND next_attempt_at <= now()
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""", row -> row.getLong("id"));
    }

    /** Claims this person's pending digest items (those another instance holds are skipped); returns their ids. */
    public List<Long> digestOf(String recipient) {
        return database.list("""
                SELECT id FROM delivery
                WHERE recipient = ? AND channel = 'digest' AND status = 'pending'
                ORDER BY created_at, id
                FOR UPDATE SKIP LOCKED""", row -> row.getLong("id"), recipient);
    }
}
