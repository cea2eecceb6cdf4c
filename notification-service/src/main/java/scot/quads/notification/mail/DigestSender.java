package scot.quads.notification.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.notification.Delivery;
import scot.quads.notification.Notification;
import scot.quads.notification.config.MailConfig;
import scot.quads.notification.repository.JobLeases;
import scot.quads.notification.repository.MailClaims;

/**
 * Once a day, one mail per person who chose a digest, listing what they were told since the last one. The run
 * takes a lease first so that several instances send one digest between them; each person's rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED} as well. A digest that cannot be sent stays pending for the next run.
 */
@ApplicationScoped
public class DigestSender {

    private static final Duration LEASE = Duration.ofHours(20);

    private final MailClaims claims;
    private final ReactiveMailer mailer;
    private final MailComposer composer;
    private final JobLeases leases;
    private final MailConfig config;

    public DigestSender(MailClaims claims, ReactiveMailer mailer, MailComposer composer, JobLeases leases,
            MailConfig config) {
        this.config = config;
        this.claims = claims;
        this.mailer = mailer;
        this.composer = composer;
        this.leases = leases;
    }

    @Scheduled(cron = "${quads.digest.cron:0 0 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        if (leases.acquire("daily-digest", LEASE)) {
            Log.infof("Sent %d digest(s)", sendDigests());
        } else {
            Log.info("Another instance sends today's digests");
        }
    }

    /** Sends every pending digest now; returns how many people got one. */
    public int sendDigests() {
        List<String> people = QuarkusTransaction.requiringNew().call(Delivery::digestRecipients);
        int sent = 0;
        for (String person : people) {
            if (QuarkusTransaction.requiringNew().call(() -> sendTo(person))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendTo(String person) {
        List<Delivery> claimed = Delivery.claimed(claims.digestOf(person));
        if (claimed.isEmpty()) {
            return false;
        }
        Map<UUID, Notification> told = new HashMap<>();
        Notification.withIds(claimed.stream().map(d -> d.notificationId).distinct().toList())
                .forEach(n -> told.put(n.id, n));
        List<MailComposer.DigestItem> items = claimed.stream().map(d -> {
            Notification notification = told.get(d.notificationId);
            return new MailComposer.DigestItem(notification.title, notification.body,
                    composer.link(notification.link));
        }).toList();
        MailComposer.Content content = composer.digest(items);
        OffsetDateTime now = OffsetDateTime.now();
        try {
            mailer.send(Mail.withText(person, content.subject(), content.text()).setHtml(content.html()))
                    .await().atMost(config.sendTimeout());
            claimed.forEach(d -> {
                d.attempts++;
                d.status = Delivery.SENT;
                d.sentAt = now;
                d.lastError = null;
            });
            return true;
        } catch (RuntimeException e) {
            Log.warnf("The digest to %s could not be sent, kept for the next run: %s", person, e.getMessage());
            claimed.forEach(d -> {
                d.attempts++;
                d.lastError = e.getMessage();
            });
            return false;
        }
    }
}
