package scot.quads.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.EventType;

/**
 * Records an event in the same database transaction as the change it describes. Nothing reaches Kafka unless the
 * change commits, and nothing that commits is lost when Kafka is down: {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final Event<OutboxWritten> written;
    private final String source;

    public Outbox(EntityManager entityManager, Event<OutboxWritten> written,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.entityManager = entityManager;
        this.written = written;
        this.source = "/" + applicationName;
    }

    /** Writes the event for {@code aggregateId}; must run inside the transaction that makes the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent publish(EventType<T> type, String aggregateId, T payload) {
        CloudEvent event = EventCodec.event(type, source, aggregateId, payload);
        entityManager.createNativeQuery("""
                INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload)
                VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, type.topic())
                .setParameter(3, aggregateId)
                .setParameter(4, type.name())
                .setParameter(5, EventCodec.write(event))
                .executeUpdate();
        written.fire(new OutboxWritten(event.id()));
        return event;
    }

    /** Fired inside the transaction; observed after a successful commit to publish without waiting for a sweep. */
    public record OutboxWritten(String eventId) {
    }
}
