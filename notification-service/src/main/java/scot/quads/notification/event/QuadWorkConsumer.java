package scot.quads.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.notification.service.NotificationService;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/**
 * Tells councils and thread writers about comments, learning partners' contacts and askers about introductions, and
 * councils about the actions their quad gave them.
 */
@ApplicationScoped
public class QuadWorkConsumer {

    private final EventInbox inbox;
    private final EventRouter router;

    public QuadWorkConsumer(EventInbox inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(Events.COMMENT_POSTED, notifications::commentPosted)
                .on(Events.INTRODUCTION_REQUESTED, notifications::introductionRequested)
                .on(Events.INTRODUCTION_REPLIED, notifications::introductionReplied)
                .on(Events.ACTION_CREATED, notifications::actionCreated)
                .on(Events.ACTION_DUE_SOON, notifications::actionDueSoon)
                .on(Events.ACTION_OVERDUE, notifications::actionOverdue)
                .on(Events.ACTION_FOLLOW_UP_DUE, notifications::actionFollowUpDue)
                .build();
    }

    @Incoming("quad-work")
    @Blocking
    public void quadWork(String value) {
        inbox.receive(value, router);
    }
}
