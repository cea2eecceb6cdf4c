package scot.quads.notification.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import scot.quads.notification.Notification;
import scot.quads.notification.repository.NotificationChannel;

/**
 * Lets the live streams on every instance see every new notification, whichever instance recorded it. The
 * transaction that records a notification also sends a PostgreSQL {@code NOTIFY} with its id, which PostgreSQL
 * delivers only if that transaction commits; each instance keeps one connection of its own {@code LISTEN}ing, loads
 * what was announced and hands it to its {@link NotificationBroadcaster}. The stream is live only: if the listening
 * connection drops, it reconnects, and what was announced meanwhile is in the inbox but is not pushed.
 */
@ApplicationScoped
public class NotificationFeed {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final NotificationChannel channel;
    private final NotificationBroadcaster broadcaster;
    private final String url;
    private final Properties credentials = new Properties();
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    public NotificationFeed(NotificationChannel channel, NotificationBroadcaster broadcaster,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.channel = channel;
        this.broadcaster = broadcaster;
        this.url = url;
        username.ifPresent(user -> credentials.setProperty("user", user));
        password.ifPresent(secret -> credentials.setProperty("password", secret));
        credentials.setProperty("ApplicationName", "notification-service live feed");
    }

    /** Announces a notification recorded in the current transaction; listeners hear of it once that commits. */
    public void announce(UUID notificationId) {
        announce(List.of(notificationId));
    }

    /** Announces several notifications in one round trip to the database, each as its own NOTIFY, in order. */
    public void announce(List<UUID> notificationIds) {
        channel.announce(notificationIds);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "notification-feed");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                Log.debugf("Closing the live feed's connection: %s", e.getMessage());
            }
        }
        if (listener != null) {
            listener.interrupt();
            listener.join(POLL.toMillis() * 5);
        }
    }

    /** Whether this instance is listening now (for health and tests). */
    public boolean listening() {
        Connection open = connection;
        try {
            return open != null && !open.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try (Connection open = new org.postgresql.Driver().connect(url, credentials)) {
                if (open == null) {
                    throw new SQLException("Not a PostgreSQL URL: " + url);
                }
                NotificationChannel.listen(open);
                connection = open;
                backoff = Duration.ofMillis(500);
                Log.info("Listening for new notifications from every instance");
                PGConnection postgres = open.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] announced = postgres.getNotifications((int) POLL.toMillis());
                    if (announced != null && announced.length > 0) {
                        publish(announced);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connection = null;
                if (!running) {
                    return;
                }
                Log.warnf("The live notification feed lost its connection; reconnecting in %s: %s", backoff,
                        e.getMessage());
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        connection = null;
    }

    private void publish(PGNotification[] announced) {
        if (broadcaster.listeners() == 0) {
            return;
        }
        List<UUID> ids = new ArrayList<>();
        for (PGNotification notification : announced) {
            try {
                ids.add(UUID.fromString(notification.getParameter()));
            } catch (IllegalArgumentException e) {
                Log.warnf("Ignoring a live-feed announcement that is not a notification id: %s",
                        notification.getParameter());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().call(() -> Notification.withIds(ids))
                .forEach(n -> broadcaster.publish(NotificationBroadcaster.Created.of(n)));
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
