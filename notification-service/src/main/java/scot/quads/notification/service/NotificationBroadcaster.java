package scot.quads.notification.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import scot.quads.notification.Notification;

/**
 * Hands each notification to the open live streams once its transaction has committed. It only reaches streams
 * open on this instance: with several instances, each would have to learn of new notifications from Kafka (say
 * a topic the service publishes to itself) instead of from its own transactions.
 */
@ApplicationScoped
public class NotificationBroadcaster {

    private final BroadcastProcessor<Created> processor = BroadcastProcessor.create();
    private final AtomicInteger listeners = new AtomicInteger();

    /** A notification just recorded, as fired inside the transaction that recorded it. */
    public record Created(String audience, UUID id, String type, String title, String body, String link,
            OffsetDateTime createdAt) {

        static Created of(Notification notification) {
            return new Created(notification.audience, notification.id, notification.type, notification.title,
                    notification.body, notification.link, notification.createdAt);
        }
    }

    synchronized void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Created created) {
        processor.onNext(created);
    }

    /** New notifications for these audiences, from now on, for as long as the caller listens. */
    public Multi<Created> stream(List<String> audiences) {
        return processor
                .onSubscription().invoke(listeners::incrementAndGet)
                .onTermination().invoke(listeners::decrementAndGet)
                .filter(created -> audiences.contains(created.audience()));
    }

    /** How many streams are open now. */
    public int listeners() {
        return listeners.get();
    }
}
