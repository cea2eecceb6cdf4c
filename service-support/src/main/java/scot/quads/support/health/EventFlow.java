package scot.quads.support.health;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.quads.support.outbox.OutboxBacklog;

/**
 * The state of the service's event flow, for health detail and metrics: whether the Kafka broker answers, and the
 * outbox's backlog. None of it decides readiness: while Kafka is down the service still serves its users, its events
 * wait in the outbox and go out once the broker is back. Read at most every few seconds (a probe or a scrape in
 * between gets the last reading), with a short timeout, so that a dead broker never holds up the caller for long.
 */
@ApplicationScoped
public class EventFlow {

    /** One reading. {@code brokerProblem} and {@code outboxProblem} are null when the part answered. */
    public record Reading(boolean brokerReachable, String brokerProblem, long outboxUnsent, long outboxOldestSeconds,
            String outboxProblem, long readAtMillis) {
    }

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final int BROKER_TIMEOUT_MILLIS = 2_000;

    private final String bootstrapServers;
    private final OutboxBacklog outbox;
    private Admin admin;
    private Reading last;

    public EventFlow(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OutboxBacklog outbox) {
        this.bootstrapServers = bootstrapServers;
        this.outbox = outbox;
    }

    /** The latest reading, taken now if the last one is more than a few seconds old. */
    public synchronized Reading read() {
        long now = System.currentTimeMillis();
        if (last == null || now - last.readAtMillis() >= FRESH_FOR.toMillis()) {
            last = take(now);
        }
        return last;
    }

    private Reading take(long now) {
        String brokerProblem = null;
        try {
            admin().describeCluster(new DescribeClusterOptions().timeoutMs(BROKER_TIMEOUT_MILLIS)).nodes()
                    .get(BROKER_TIMEOUT_MILLIS + 500L, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            brokerProblem = "interrupted";
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            brokerProblem = cause.getClass().getSimpleName()
                    + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
        }
        long unsent = -1;
        long oldest = -1;
        String outboxProblem = null;
        try {
            OutboxBacklog.Backlog backlog = outbox.read();
            unsent = backlog.unsent();
            oldest = backlog.oldestSeconds();
        } catch (Exception e) {
            outboxProblem = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
        }
        return new Reading(brokerProblem == null, brokerProblem, unsent, oldest, outboxProblem, now);
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "event-flow-health",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, BROKER_TIMEOUT_MILLIS,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, BROKER_TIMEOUT_MILLIS,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
        }
        return admin;
    }

    void onStop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
                admin = null;
            }
        }
    }
}
