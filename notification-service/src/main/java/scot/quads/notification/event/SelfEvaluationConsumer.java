package scot.quads.notification.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.notification.service.NotificationService;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/**
 * Tells partners, ADES and the council itself when a self-evaluation is submitted, returned or recalled, and ADES
 * or the council when a council's focus is proposed, agreed or sent back.
 */
@ApplicationScoped
public class SelfEvaluationConsumer {

    private final EventInbox inbox;
    private final EventRouter router;

    public SelfEvaluationConsumer(EventInbox inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(Events.SELF_EVALUATION_SUBMITTED, notifications::selfEvaluationSubmitted)
                .on(Events.SELF_EVALUATION_RETURNED, notifications::selfEvaluationReturned)
                .on(Events.SELF_EVALUATION_RECALLED, notifications::selfEvaluationRecalled)
                .on(Events.FOCUS_PROPOSED, notifications::focusStep)
                .on(Events.FOCUS_AGREED, notifications::focusStep)
                .on(Events.FOCUS_SENT_BACK, notifications::focusStep)
                .build();
    }

    @Incoming("self-evaluations")
    @Blocking
    public void selfEvaluations(String value) {
        inbox.receive(value, router);
    }
}
