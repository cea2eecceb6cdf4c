package scot.quads.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.notification.service.ProjectionService;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/** Learns councils' names, cycles and quad memberships from the services that own them. */
@ApplicationScoped
public class ProjectionConsumers {

    private final EventInbox inbox;
    private final EventRouter router;

    public ProjectionConsumers(EventInbox inbox, ProjectionService projections) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(Events.COUNCIL_REGISTERED, (event, council) -> projections.council(council))
                .on(Events.COUNCIL_UPDATED, (event, council) -> projections.council(council))
                .on(Events.CYCLE_OPENED, (event, cycle) -> projections.cycle(cycle))
                .on(Events.QUAD_FORMED, (event, quad) -> projections.quad(quad))
                .build();
    }

    @Incoming("councils")
    @Blocking
    public void councils(String value) {
        inbox.receive(value, router);
    }

    @Incoming("cycles")
    @Blocking
    public void cycles(String value) {
        inbox.receive(value, router);
    }

    @Incoming("quads")
    @Blocking
    public void quads(String value) {
        inbox.receive(value, router);
    }
}
