package scot.quads.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How mail is retried: a failed send waits {@code firstRetry}, then twice as long each time, up to {@code maxAttempts}. */
@ConfigMapping(prefix = "quads.mail")
public interface MailConfig {

    @WithDefault("6")
    int maxAttempts();

    @WithDefault("PT30S")
    Duration firstRetry();

    /** How often the sender looks for mail that is due (read by its {@code @Scheduled}). */
    @WithDefault("5s")
    String sendEvery();

    /** How long after start-up the sender first runs. */
    @WithDefault("5s")
    String sendDelay();

    /** How long one mail may take to send before it counts as a failed attempt (an SMTP server can hang). */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** At most this many mails per run of the sender. */
    @WithDefault("50")
    int batchSize();
}
