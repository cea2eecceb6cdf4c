package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The header's count kept per user for max-age: never older, never another user's (UnreadCountKeptTest: a failed ask). */
class UnreadCountsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final InstantSource clock = () -> Instant.ofEpochMilli(now.get());

    @Test
    void aCountServesUntilItsAgeIsReachedThenIsAskedAgain() {
        var counts = new UnreadCounts(Duration.ofSeconds(5), clock);
        counts.remember("glasgow-city", 3L);
        now.addAndGet(4_999);
        assertThat(counts.kept("glasgow-city")).isEqualTo(3L);
        now.addAndGet(1);
        assertThat(counts.kept("glasgow-city")).as("five seconds on, the count is asked again").isNull();
    }

    @Test
    void eachUserHasTheirOwnCountAndMarkingReadForgetsOnlyTheirs() {
        var counts = new UnreadCounts(Duration.ofSeconds(5), clock);
        counts.remember("glasgow-city", 3L);
        counts.remember("fife", 1L);
        counts.forget("glasgow-city");
        assertThat(counts.kept("glasgow-city")).isNull();
        assertThat(counts.kept("fife")).isEqualTo(1L);
    }

    @Test
    void aZeroAgeKeepsNothingAndAFullCacheStillTakesTheNextUser() {
        var none = new UnreadCounts(Duration.ZERO, clock);
        none.remember("glasgow-city", 3L);
        assertThat(none.kept("glasgow-city")).isNull();

        var counts = new UnreadCounts(Duration.ofSeconds(5), clock);
        for (int i = 0; i < UnreadCounts.MAX_USERS; i++) {
            counts.remember("user-" + i, (long) i);
        }
        counts.remember("one-more", 7L);
        assertThat(counts.kept("one-more")).isEqualTo(7L);
    }
}
