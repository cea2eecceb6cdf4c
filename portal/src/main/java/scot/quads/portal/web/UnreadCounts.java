package scot.quads.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each user's unread count as notification-service last gave it, kept for a few seconds
 * ({@code quads.portal.unread-count.max-age}) so that a user going from page to page does not have it asked again for
 * every header: a page a second was one count a second, 7.5 % of the machine in the benchmark's 20-user pages.
 *
 * <p>What it trades: a notice that arrives meanwhile shows in the header up to max-age later, as the page's own poll
 * shows it up to 20 s later anyway. What the user does here is never late: marking notices read forgets their count,
 * and every full read of the inbox (the inbox page, the header's poll) replaces it. When the service cannot give a
 * count nothing is kept, so the next page asks again. At most {@link #MAX_USERS} users are kept; when full, the stale
 * entries go first, then all.
 */
@Singleton
public class UnreadCounts {

    static final int MAX_USERS = 10_000;

    private record Entry(long count, long keptUntilMillis) {
    }

    private final ConcurrentHashMap<String, Entry> counts = new ConcurrentHashMap<>();
    private final long maxAgeMillis;
    private final InstantSource clock;

    @Inject
    public UnreadCounts(@ConfigProperty(name = "quads.portal.unread-count.max-age", defaultValue = "5S")
            Duration maxAge) {
        this(maxAge, Clock.systemUTC());
    }

    UnreadCounts(Duration maxAge, InstantSource clock) {
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
    }

    /** The user's count if it was given less than max-age ago, else null. */
    Long kept(String user) {
        Entry entry = counts.get(user);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.keptUntilMillis()) {
            counts.remove(user, entry);
            return null;
        }
        return entry.count();
    }

    /** What notification-service has just said (only a count it gave: a failed ask leaves nothing to keep). */
    public void remember(String user, long count) {
        if (user == null || maxAgeMillis <= 0) {
            return;
        }
        if (counts.size() >= MAX_USERS) {
            long now = clock.millis();
            counts.values().removeIf(entry -> now >= entry.keptUntilMillis());
            if (counts.size() >= MAX_USERS) {
                counts.clear();
            }
        }
        counts.put(user, new Entry(count, clock.millis() + maxAgeMillis));
    }

    /** The user has changed what is unread: their next page asks again. */
    public void forget(String user) {
        if (user != null) {
            counts.remove(user);
        }
    }
}
