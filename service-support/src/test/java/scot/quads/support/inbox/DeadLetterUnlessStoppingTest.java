package scot.quads.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/** The channels' failure strategy: dead letters as before, except what a stopping instance cut short. */
class DeadLetterUnlessStoppingTest {

    private final List<Throwable> deadLettered = new ArrayList<>();
    private final KafkaFailureHandler strategy = DeadLetterUnlessStopping.wrap("councils", new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            deadLettered.add(reason);
            return Uni.createFrom().voidItem();
        }
    });

    @Test
    void aRecordThatCannotBeAppliedGoesToTheDeadLetterTopic() throws Exception {
        IllegalStateException bug = new IllegalStateException("Unknown event type");

        strategy.handle(null, bug, Metadata.empty()).subscribeAsCompletionStage().get(1, TimeUnit.SECONDS);

        assertThat(deadLettered).containsExactly(bug);
    }

    @Test
    void aRecordCutShortByTheInstanceStoppingIsNeitherDeadLetteredNorAcknowledged() throws Exception {
        Throwable stopping = new RuntimeException("wrapped by the messaging layer",
                new ServiceStoppingException("the instance is stopping", new IllegalStateException(
                        "EntityManagerFactory is closed")));

        CompletableFuture<Void> outcome = strategy.handle(null, stopping, Metadata.empty())
                .subscribeAsCompletionStage();
        TimeUnit.MILLISECONDS.sleep(300);

        assertThat(deadLettered).isEmpty();
        assertThat(outcome).as("never settled, so the record's offset is never committed").isNotDone();
    }

    @Test
    void theDeadLetterProducerIsMadeAtTheFirstRecordToMoveAsideAndOnlyOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        KafkaFailureHandler lazy = DeadLetterUnlessStopping.wrap("quads",
                new DeadLetterUnlessStopping.OnFirstDeadLetter(() -> {
                    made.incrementAndGet();
                    return new KafkaFailureHandler() {
                        @Override
                        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason,
                                Metadata metadata) {
                            deadLettered.add(reason);
                            return Uni.createFrom().voidItem();
                        }

                        @Override
                        public void terminate() {
                            ended.incrementAndGet();
                        }
                    };
                }));
        assertThat(made).as("nothing made while no record failed").hasValue(0);

        lazy.handle(null, new ServiceStoppingException("stopping", new IllegalStateException("closed")),
                Metadata.empty());
        assertThat(made).as("a record left for the next instance needs no producer").hasValue(0);

        IllegalStateException first = new IllegalStateException("Unknown event type");
        IllegalStateException second = new IllegalStateException("Not JSON");
        lazy.handle(null, first, Metadata.empty()).subscribeAsCompletionStage().get(1, TimeUnit.SECONDS);
        lazy.handle(null, second, Metadata.empty()).subscribeAsCompletionStage().get(1, TimeUnit.SECONDS);
        lazy.terminate();

        assertThat(deadLettered).containsExactly(first, second);
        assertThat(made).hasValue(1);
        assertThat(ended).hasValue(1);
    }

    @Test
    void aChannelThatNeverDeadLetteredEndsWithoutMakingAProducer() {
        AtomicInteger made = new AtomicInteger();
        DeadLetterUnlessStopping.wrap("councils", new DeadLetterUnlessStopping.OnFirstDeadLetter(() -> {
            made.incrementAndGet();
            throw new AssertionError("made at the end");
        })).terminate();

        assertThat(made).hasValue(0);
    }
}
