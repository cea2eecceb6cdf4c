package scot.quads.support.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The event flow as gauges, read when scraped (at most one reading every few seconds, see {@link EventFlow}):
 * {@code quads_kafka_broker_reachable} (1 or 0), {@code quads_outbox_unsent_events} and
 * {@code quads_outbox_oldest_unsent_seconds} (-1 while the database cannot be read).
 */
@ApplicationScoped
public class EventFlowMetrics {

    void register(@Observes StartupEvent start, MeterRegistry registry, EventFlow flow) {
        Gauge.builder("quads.kafka.broker.reachable", flow, f -> f.read().brokerReachable() ? 1 : 0)
                .description("Whether the Kafka broker answered the last check (1) or not (0)")
                .register(registry);
        Gauge.builder("quads.outbox.unsent.events", flow, f -> f.read().outboxUnsent())
                .description("Events written to the outbox and not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("quads.outbox.oldest.unsent.seconds", flow, f -> f.read().outboxOldestSeconds())
                .description("How long the oldest unsent outbox event has waited, in seconds")
                .register(registry);
    }
}
