package scot.quads.rubric.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/**
 * Keeps who is in which quad from quad-service's events, so that a recall can be refused once every partner has
 * submitted (from then on the default reveal rule shows them the council's answers). Each event carries the whole
 * membership; an event older than the one applied is ignored.
 */
@ApplicationScoped
public class QuadConsumer {

    private final EventInbox inbox;
    private final EntityManager entityManager;
    private final EventRouter router;

    public QuadConsumer(EventInbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.router = EventRouter.builder()
                .on(Events.QUAD_FORMED, (event, quad) -> apply(quad.quadId(), quad.cycleId(),
                        quad.memberCouncilCodes(), event.time()))
                .on(Events.QUAD_CHANGED, (event, quad) -> apply(quad.quadId(), quad.cycleId(),
                        quad.memberCouncilCodes(), event.time()))
                .build();
    }

    @Incoming("quads")
    @Blocking
    public void consume(String value) {
        inbox.receive(value, router);
    }

    void apply(UUID quadId, UUID cycleId, List<String> members, OffsetDateTime asOf) {
        int applied = entityManager.createNativeQuery("""
                INSERT INTO quad (id, cycle_id, as_of) VALUES (?1, ?2, ?3)
                ON CONFLICT (id) DO UPDATE SET cycle_id = excluded.cycle_id, as_of = excluded.as_of
                WHERE quad.as_of IS NULL OR excluded.as_of IS NULL OR quad.as_of <= excluded.as_of
                """).setParameter(1, quadId).setParameter(2, cycleId).setParameter(3, asOf).executeUpdate();
        if (applied == 0) {
            return;
        }
        entityManager.createNativeQuery("DELETE FROM quad_member WHERE quad_id = ?1")
                .setParameter(1, quadId).executeUpdate();
        for (String member : members) {
            entityManager.createNativeQuery("INSERT INTO quad_member (quad_id, council_code) VALUES (?1, ?2)")
                    .setParameter(1, quadId).setParameter(2, member.trim().toUpperCase()).executeUpdate();
        }
    }
}
