package scot.quads.rubric.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.Events;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.rubric.Council;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/**
 * Keeps the council projection from authority-service's events. Each event carries the council's whole state, so
 * applying it replaces the row (or adds it); an event older than the one already applied (a replay, a late
 * redelivery) is ignored. One consumer applies a council's events one at a time, so reading first is safe.
 */
@ApplicationScoped
public class CouncilConsumer {

    private final EventInbox inbox;
    private final EventRouter router;

    public CouncilConsumer(EventInbox inbox) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(Events.COUNCIL_REGISTERED, this::apply)
                .on(Events.COUNCIL_UPDATED, this::apply)
                .build();
    }

    @Incoming("councils")
    @Blocking
    public void consume(String value) {
        inbox.receive(value, router);
    }

    void apply(CloudEvent event, CouncilV1 payload) {
        Council council = Council.findById(payload.gssCode());
        OffsetDateTime asOf = event.time();
        if (council == null) {
            council = new Council();
            council.gssCode = payload.gssCode();
        } else if (council.asOf != null && asOf != null && asOf.isBefore(council.asOf)) {
            return;
        }
        council.name = payload.name();
        council.legacyGssCode = payload.legacyGssCode();
        council.active = payload.active();
        council.asOf = asOf;
        council.persist();
    }
}
