package scot.quads.rubric.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock the use cases read, in the service's time zone, so that "today" means the same everywhere. */
public class Clocks {

    @Produces
    @Singleton
    Clock clock(RubricConfig config) {
        return Clock.system(config.timeZone());
    }
}
