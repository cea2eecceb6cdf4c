package scot.quads.rubric.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of the rubric service. */
@ConfigMapping(prefix = "quads.rubric")
public interface RubricConfig {

    /** Where deadline dates are read: a cycle takes answers until the end of its deadline day in this zone. */
    @WithDefault("Europe/London")
    ZoneId timeZone();

    /** How often the deadline job looks for reminders due, such as {@code 1h}; {@code off} to run it only by hand. */
    @WithDefault("1h")
    String reminderCheck();

    /** How often cycles are moved along their dates, such as {@code 1h}; {@code off} to run it only by hand. */
    @WithDefault("1h")
    String calendarCheck();
}
