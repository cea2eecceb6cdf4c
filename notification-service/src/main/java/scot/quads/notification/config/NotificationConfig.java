package scot.quads.notification.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Who stands for ADES by mail: no council contact list covers ADES, so its addresses are configured here. */
@ConfigMapping(prefix = "quads.notification")
public interface NotificationConfig {

    /** Where ADES's notices are mailed (each person's preferences still apply); none by default. */
    Optional<List<String>> adesEmails();
}
