package scot.quads.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.EventType;
import scot.quads.support.jdbc.Database;

/**
 * Records an event in the same database transaction as the change it describes. Nothing reaches Kafka unless the
 * change commits, and nothing that commits is lost when Kafka is down: {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    private final Database database;
    private final Event<OutboxWritten> written;
    private final String source;

    public Outbox(Database database, Event<OutboxWritten> written,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.database = database;
        this.written = written;
        this.source = "/" + applicationName;
    }

    /** Writes the event for {@code aggregateId}; must run inside the transaction that makes the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent publish(EventType<T> type, String aggregateId, T payload) {
        CloudEvent event = EventCodec.event(type, source, aggregateId, payload);
        database.with(connection -> {
            write(connection, type, aggregateId, event);
            return null;
        });
        written.fire(new OutboxWritten(event.id()));
        return event;
    }

    /** Writes an event row on a plain connection, for code that runs before CDI does (Flyway Java migrations). */
    public static void write(Connection connection, EventType<?> type, String aggregateId, CloudEvent event)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload)
                VALUES (?, ?, ?, ?, ?)""")) {
            insert.setObject(1, UUID.fromString(event.id()));
            insert.setString(2, type.topic());
            insert.setString(3, aggregateId);
            insert.setString(4, type.name());
            insert.setString(5, EventCodec.write(event));
            insert.executeUpdate();
        }
    }

    /** Fired inside the transaction; observed after a successful commit to publish without waiting for a sweep. */
    public record OutboxWritten(String eventId) {
    }
}
