package scot.quads.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import io.smallrye.health.api.Wellness;

/**
 * "event flow" in {@code /q/health/well} (and so in {@code /q/health}), never in readiness or liveness: DOWN while
 * the Kafka broker does not answer, with the outbox's backlog (unsent events, the oldest one's age in seconds) as
 * detail. Kubernetes probes only /q/health/ready and /q/health/live, so a broker outage keeps every replica serving.
 */
@Wellness
@ApplicationScoped
public class EventFlowHealth implements HealthCheck {

    private final EventFlow flow;

    public EventFlowHealth(EventFlow flow) {
        this.flow = flow;
    }

    @Override
    public HealthCheckResponse call() {
        EventFlow.Reading reading = flow.read();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event flow")
                .status(reading.brokerReachable())
                .withData("kafka", reading.brokerReachable() ? "reachable" : "unreachable: " + reading.brokerProblem());
        if (reading.outboxProblem() == null) {
            response.withData("outboxUnsent", reading.outboxUnsent())
                    .withData("outboxOldestUnsentSeconds", reading.outboxOldestSeconds());
        } else {
            response.withData("outbox", "unknown: " + reading.outboxProblem());
        }
        return response.build();
    }
}
