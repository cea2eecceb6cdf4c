package scot.quads.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.notification.repository.Assignments;
import scot.quads.notification.service.NotificationService;
import scot.quads.notification.service.ProjectionService;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/**
 * Learns councils (names and contacts), cycles, quads and ADES's assignments of officers and link inspectors from
 * the services that own them, and tells people when a cycle opens or nears its deadline and when their quad is
 * formed or changes; mails invited guests their invitation.
 */
@ApplicationScoped
public class ProjectionConsumers {

    private final EventInbox inbox;
    private final EventRouter router;

    public ProjectionConsumers(EventInbox inbox, ProjectionService projections, NotificationService notifications,
            Assignments assignments) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(Events.COUNCIL_REGISTERED, (event, council) -> projections.council(council))
                .on(Events.COUNCIL_UPDATED, (event, council) -> projections.council(council))
                .on(Events.COUNCIL_CONTACTS_CHANGED, (event, contacts) -> projections.contacts(contacts))
                .on(Events.CYCLE_OPENED, notifications::cycleOpened)
                .on(Events.CYCLE_CHANGED, (event, cycle) -> projections.cycle(cycle))
                .on(Events.CYCLE_CLOSED, (event, cycle) -> projections.cycle(cycle))
                .on(Events.CYCLE_DEADLINE_APPROACHING, notifications::deadlineApproaching)
                .on(Events.CYCLE_DEADLINE_PASSED, notifications::deadlinePassed)
                .on(Events.QUAD_FORMED, notifications::quadFormed)
                .on(Events.QUAD_CHANGED, notifications::quadChanged)
                .on(Events.ASSIGNMENT_GRANTED, (event, a) -> assignments.apply(a.assignmentId(), a.role(),
                        a.username(), a.quadId(), a.councilCode(), true, event.time()))
                .on(Events.ASSIGNMENT_REVOKED, (event, a) -> assignments.apply(a.assignmentId(), a.role(),
                        a.username(), a.quadId(), a.councilCode(), false, event.time()))
                .on(Events.GUEST_INVITED, notifications::guestInvited)
                .on(Events.GUEST_REVOKED, notifications::guestRevoked)
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
