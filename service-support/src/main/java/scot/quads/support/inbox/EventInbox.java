package scot.quads.support.inbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.MalformedEventException;
import scot.quads.support.jdbc.Database;
import scot.quads.support.jdbc.DatabaseFailures;

/**
 * Applies each incoming event at most once per consumer: the event id is recorded in {@code processed_event} in
 * the same transaction as the event's effect, so a redelivery finds it and does nothing.
 *
 * <p>A record that can never be processed (not an event, an unknown type, unreadable data) is thrown straight
 * back so that the channel's dead-letter strategy moves it aside and the consumer goes on. While the database is out
 * of reach (down, restarting) the event is retried until it is back, every few seconds at most: the channel waits
 * rather than dead-letter events that are fine (a restart of PostgreSQL would otherwise fill the dead-letter topic).
 * Any other failure is retried a few times before it too goes to the dead-letter topic.
 *
 * <p>Once the instance is stopping, an event is not started and a failure is not retried: it is thrown as a
 * {@link ServiceStoppingException}, which the channels' failure strategy ({@link DeadLetterUnlessStopping}) leaves
 * uncommitted for the next instance rather than dead-lettering it (the database closes before the consumers do).
 */
@ApplicationScoped
public class EventInbox {

    private static final int ATTEMPTS = 4;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;

    private final Database database;
    private final String consumer;
    private volatile boolean stopping;

    public EventInbox(Database database,
            @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.database = database;
        this.consumer = consumer;
    }

    /** Quarkus fires this before it closes the database session factory and, after that, the Kafka consumers. */
    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping(true);
    }

    /** Whether this instance is stopping (the tests switch it back). */
    void stopping(boolean stopping) {
        this.stopping = stopping;
    }

    /**
     * Processes one record's value; returns false when the event had already been processed.
     *
     * @throws ServiceStoppingException when the instance is stopping, so the event is left for the next instance
     */
    public boolean receive(String recordValue, EventRouter router) {
        CloudEvent event = EventCodec.read(recordValue);
        if (stopping) {
            throw new ServiceStoppingException("Event " + event.id() + " (" + event.type()
                    + ") not started: the instance is stopping", null);
        }
        int failures = 0;
        for (int waits = 0;;) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(event, router));
            } catch (MalformedEventException e) {
                Log.warnf("Event %s (%s) is malformed: %s", event.id(), event.type(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new ServiceStoppingException("Event " + event.id() + " (" + event.type()
                            + ") cut short: the instance is stopping", e);
                }
                if (DatabaseFailures.unavailable(e)) {
                    waits++;
                    if (waits == 1 || waits % 10 == 0) {
                        Log.warnf("Event %s (%s) waits for the database (attempt %d): %s", event.id(), event.type(),
                                waits, e.getMessage());
                    }
                    pause(waits);
                    continue;
                }
                failures++;
                if (failures == ATTEMPTS) {
                    throw e;
                }
                Log.warnf("Event %s (%s) failed on attempt %d, retrying: %s", event.id(), event.type(), failures, e);
                pause(failures);
            }
        }
    }

    private boolean applyOnce(CloudEvent event, EventRouter router) {
        int claimed = database.update("""
                INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", consumer, event.id(), event.type());
        if (claimed == 0) {
            Log.debugf("Event %s already processed by %s", event.id(), consumer);
            return false;
        }
        router.dispatch(event);
        return true;
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(Math.min(LONGEST_PAUSE_MILLIS, 250L * attempt * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (stopping) {
                throw new ServiceStoppingException("Interrupted while retrying an event: the instance is stopping", e);
            }
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
