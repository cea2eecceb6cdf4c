package scot.quads.support.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import scot.quads.support.memory.IdleMemoryRelease.Quiet;

class IdleMemoryReleaseTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger releases = new AtomicInteger();
    private final AtomicBoolean busy = new AtomicBoolean();

    private Quiet quietAfter(Duration idle) {
        return new Quiet(idle, now::get, busy::get, releases::incrementAndGet);
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void aServiceQuietLongEnoughReleasesOnce() {
        Quiet quiet = quietAfter(Duration.ofSeconds(15));
        advance(Duration.ofSeconds(14));
        assertThat(quiet.check()).isFalse();
        advance(Duration.ofSeconds(1));
        assertThat(quiet.check()).isTrue();
        advance(Duration.ofMinutes(10));
        assertThat(quiet.check()).isFalse();
        assertThat(releases).hasValue(1);
    }

    @Test
    void aRequestPutsTheQuietSpellBackToTheStartAndArmsTheNextRelease() {
        Quiet quiet = quietAfter(Duration.ofSeconds(15));
        advance(Duration.ofSeconds(20));
        quiet.check();
        advance(Duration.ofSeconds(1));
        quiet.activity();
        advance(Duration.ofSeconds(10));
        assertThat(quiet.check()).as("only 10 s since the last request").isFalse();
        advance(Duration.ofSeconds(5));
        assertThat(quiet.check()).isTrue();
        assertThat(releases).hasValue(2);
    }

    @Test
    void aBusyServiceNeverReleases() {
        Quiet quiet = quietAfter(Duration.ofSeconds(15));
        for (int second = 0; second < 120; second++) {
            advance(Duration.ofSeconds(1));
            quiet.activity();
            quiet.check();
        }
        assertThat(releases).hasValue(0);
    }

    @Test
    void aServiceWorkingWithoutRequestsIsLeftAloneUntilItsWorkIsDone() {
        Quiet quiet = quietAfter(Duration.ofSeconds(15));
        busy.set(true);
        advance(Duration.ofMinutes(2));
        assertThat(quiet.check()).as("consuming a backlog of events, no requests").isFalse();
        busy.set(false);
        advance(Duration.ofSeconds(5));
        assertThat(quiet.check()).isTrue();
        assertThat(releases).hasValue(1);
    }

    @Test
    void zeroSwitchesItOff() {
        Quiet quiet = quietAfter(Duration.ZERO);
        advance(Duration.ofHours(1));
        assertThat(quiet.check()).isFalse();
        assertThat(releases).hasValue(0);
    }
}
