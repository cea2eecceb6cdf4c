package scot.quads.quad.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock that decides whether a deadline has passed; one bean, so that it is the same everywhere. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(QuadConfig config) {
        return Clock.system(config.timeZone());
    }
}
