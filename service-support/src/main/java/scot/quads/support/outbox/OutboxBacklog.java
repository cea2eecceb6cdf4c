package scot.quads.support.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What the outbox still holds: events written but not yet acknowledged by Kafka, and how long the oldest waited. */
@ApplicationScoped
public class OutboxBacklog {

    /** Unsent events and the age in seconds of the oldest of them (0 when none). */
    public record Backlog(long unsent, long oldestSeconds) {
    }

    private final AgroalDataSource dataSource;

    public OutboxBacklog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads the backlog with one index scan of the unsent rows; throws if the database cannot be reached. */
    public Backlog read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT count(*) AS unsent,
                               COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::bigint AS oldest_seconds
                        FROM outbox_event WHERE sent_at IS NULL""");
                ResultSet result = select.executeQuery()) {
            result.next();
            return new Backlog(result.getLong("unsent"), result.getLong("oldest_seconds"));
        }
    }
}
