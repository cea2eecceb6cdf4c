package scot.quads.support.inbox;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The consuming channels' failure strategy, {@value #STRATEGY}: SmallRye's dead-letter queue (configured as before,
 * {@code dead-letter-queue.topic}) for a record that can never be applied, except a record whose processing was cut
 * short by the instance stopping ({@link ServiceStoppingException}). That one is left unacknowledged: its offset is
 * not committed when the consumer closes, and the instance that next owns the partition applies it.
 *
 * <p>Why: on a clean stop (SIGTERM, a rolling update, {@code ./quads down}) Quarkus closes the database session
 * factory before the Kafka consumers, so records still arriving in between failed ("EntityManagerFactory is closed")
 * and the plain dead-letter strategy moved good events aside and committed past them: a council's registration,
 * dead-lettered by a stop during a service's first start, left that council unknown to the service for good.
 *
 * <p>The dead-letter queue's Kafka producer is made when a channel first has a record to move aside, not when the
 * channel starts: most instances never dead-letter anything, and a producer per consuming channel (four in
 * quad-service) cost each service's start a Kafka client's set-up per channel and kept its thread and buffers for
 * nothing.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "quads-dead-letter";

    private final KafkaFailureHandler.Factory deadLetters;

    public DeadLetterUnlessStopping(
            @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return wrap(config.getChannel(),
                new OnFirstDeadLetter(() -> deadLetters.create(config, vertx, consumer, reportFailure)));
    }

    static KafkaFailureHandler wrap(String channel, KafkaFailureHandler deadLetter) {
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (ServiceStoppingException.in(reason)) {
                    Log.infof("Channel %s: a record is left for the next instance (this one is stopping): %s",
                            channel, reason.getMessage());
                    // Never completes: the record stays unprocessed, so its offset is not committed.
                    return Uni.createFrom().nothing();
                }
                return deadLetter.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetter.terminate();
            }
        };
    }

    /**
     * A failure handler made when it is first needed, once; ending it ends only one that was made. Making SmallRye's
     * dead-letter handler blocks (its producer starts), and records fail on the channel's event loop, which must not
     * block: the first is made on a worker thread, and the record handed to it back on the channel's own context.
     */
    static final class OnFirstDeadLetter implements KafkaFailureHandler {

        private final Supplier<KafkaFailureHandler> make;
        private KafkaFailureHandler made;

        OnFirstDeadLetter(Supplier<KafkaFailureHandler> make) {
            this.make = make;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            KafkaFailureHandler ready = ready();
            if (ready != null) {
                return ready.handle(record, reason, metadata);
            }
            Context channel = io.vertx.core.Vertx.currentContext();
            Executor back = channel == null ? Runnable::run : task -> channel.runOnContext(ignored -> task.run());
            return Uni.createFrom().item(this::handler).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .emitOn(back).chain(handler -> handler.handle(record, reason, metadata));
        }

        @Override
        public synchronized void terminate() {
            if (made != null) {
                made.terminate();
            }
        }

        private synchronized KafkaFailureHandler ready() {
            return made;
        }

        private synchronized KafkaFailureHandler handler() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }
    }
}
