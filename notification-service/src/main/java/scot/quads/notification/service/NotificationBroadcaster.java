package scot.quads.notification.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import scot.quads.notification.Notification;

/**
 * Hands each new notification to the live streams open on this instance. {@link NotificationFeed} feeds it with
 * every notification any instance commits, so a stream sees what another instance's consumer recorded.
 */
@ApplicationScoped
public class NotificationBroadcaster {

    private static final int STREAM_BUFFER = 256;

    private final BroadcastProcessor<Created> processor = BroadcastProcessor.create();
    private final AtomicInteger listeners = new AtomicInteger();

    /** A notification just recorded. */
    public record Created(String audience, UUID id, String type, String title, String body, String link,
            OffsetDateTime createdAt) {

        public static Created of(Notification notification) {
            return new Created(notification.audience, notification.id, notification.type, notification.title,
                    notification.body, notification.link, notification.createdAt);
        }
    }

    public synchronized void publish(Created created) {
        processor.onNext(created);
    }

    /** New notifications for these audiences, from now on, for as long as the caller listens. */
    public Multi<Created> stream(List<String> audiences) {
        // A stream that falls behind buffers rather than fails; one that falls far behind is ended.
        return processor
                .onOverflow().buffer(STREAM_BUFFER)
                .onSubscription().invoke(listeners::incrementAndGet)
                .onTermination().invoke(listeners::decrementAndGet)
                .filter(created -> audiences.contains(created.audience()));
    }

    /** How many streams are open now. */
    public int listeners() {
        return listeners.get();
    }
}
