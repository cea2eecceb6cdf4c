package scot.quads.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.notification.service.NotificationService;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/** Tells a council and its quad partners when ADES publishes the council's findings report. */
@ApplicationScoped
public class FindingsConsumer {

    private final EventInbox inbox;
    private final EventRouter router;

    public FindingsConsumer(EventInbox inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(Events.FINDINGS_REPORT_PUBLISHED, notifications::findingsPublished)
                .build();
    }

    @Incoming("findings-reports")
    @Blocking
    public void findingsReports(String value) {
        inbox.receive(value, router);
    }
}
