package scot.quads.rubric;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The service's clock in tests: the real time in Scotland until a test moves it to another day (and back). */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

    private static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private volatile Clock current = Clock.system(SCOTLAND);

    /** Noon of that day in Scotland. */
    public void moveTo(LocalDate day) {
        current = Clock.fixed(day.atTime(12, 0).atZone(SCOTLAND).toInstant(), SCOTLAND);
    }

    public void reset() {
        current = Clock.system(SCOTLAND);
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
