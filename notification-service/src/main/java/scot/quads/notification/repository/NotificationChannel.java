package scot.quads.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * PostgreSQL's {@code NOTIFY}/{@code LISTEN} channel on which new notifications are announced to every instance: an
 * announcement made in a transaction is delivered only if that transaction commits.
 */
@ApplicationScoped
public class NotificationChannel {

    static final String CHANNEL = "quads_notification";

    private final Database database;

    public NotificationChannel(Database database) {
        this.database = database;
    }

    /** Announces several notifications in one round trip, each as its own NOTIFY, in order. */
    public void announce(List<UUID> notificationIds) {
        if (notificationIds.isEmpty()) {
            return;
        }
        database.with(connection -> {
            try (PreparedStatement notify = connection.prepareStatement(
                    "SELECT count(pg_notify(?, id)) AS announced FROM unnest(?::text[]) AS id")) {
                notify.setString(1, CHANNEL);
                notify.setArray(2, connection.createArrayOf("text",
                        notificationIds.stream().map(UUID::toString).toArray()));
                notify.executeQuery().close();
            }
            return null;
        });
    }

    /** Makes this connection (one of the listener's own, outside the pool) hear the announcements. */
    public static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
    }
}
