package scot.quads.rubric.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.rubric.repository.Assignments;
import scot.quads.rubric.repository.QuadMembership;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/**
 * Keeps who is in which quad from quad-service's events, so that a recall can be refused once every partner has
 * submitted (from then on the default reveal rule shows them the council's answers). Each event carries the whole
 * membership; an event older than the one applied is ignored. Also keeps ADES's assignments of ADES officers and
 * link inspectors, who read the agreed focus of the councils their assignments reach.
 */
@ApplicationScoped
public class QuadConsumer {

    private final EventInbox inbox;
    private final QuadMembership quads;
    private final EventRouter router;
    private final Clock clock;

    public QuadConsumer(EventInbox inbox, QuadMembership quads, Assignments assignments, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        this.quads = quads;
        this.router = EventRouter.builder()
                .on(Events.QUAD_FORMED, (event, quad) -> apply(quad.quadId(), quad.cycleId(),
                        quad.memberCouncilCodes(), event.time()))
                .on(Events.QUAD_CHANGED, (event, quad) -> apply(quad.quadId(), quad.cycleId(),
                        quad.memberCouncilCodes(), event.time()))
                .on(Events.ASSIGNMENT_GRANTED, (event, a) -> assignments.apply(a.assignmentId(), a.role(),
                        a.username(), a.quadId(), a.councilCode(), true, event.time()))
                .on(Events.ASSIGNMENT_REVOKED, (event, a) -> assignments.apply(a.assignmentId(), a.role(),
                        a.username(), a.quadId(), a.councilCode(), false, event.time()))
                .build();
    }

    @Incoming("quads")
    @Blocking
    public void consume(String value) {
        inbox.receive(value, router);
    }

    void apply(UUID quadId, UUID cycleId, List<String> members, OffsetDateTime asOf) {
        quads.apply(quadId, cycleId, members, asOf);
        quads.markShownIfAllSubmitted(quadId, OffsetDateTime.now(clock));
    }
}
