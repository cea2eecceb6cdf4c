package scot.quads.notification.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import scot.quads.notification.Delivery;
import scot.quads.notification.config.MailConfig;
import scot.quads.notification.repository.MailClaims;

/**
 * Sends the queued mails. Each mail is claimed with {@code FOR UPDATE SKIP LOCKED} and sent inside that row's
 * transaction, so two instances never send the same mail; a failure waits twice as long each time and, after
 * the last attempt, is marked failed for ADES to see. A claim is a row lock held by the sender's open
 * transaction, so a sender that dies (crash or restart) drops its claims with its connection: what it had not sent
 * is sent by the next run, once; what it had committed as sent is not sent again. Only a crash between the SMTP
 * server accepting a mail and the commit sends that one mail again: at least once, never lost.
 */
@ApplicationScoped
public class MailSender {

    /** Enough to catch an address that can never work; the SMTP server judges the rest. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+");

    private final MailClaims claims;
    private final ReactiveMailer mailer;
    private final MailConfig config;

    public MailSender(MailClaims claims, ReactiveMailer mailer, MailConfig config) {
        this.claims = claims;
        this.mailer = mailer;
        this.config = config;
    }

    /** The scheduled sender's identity, to pause it (say while an operator looks into a mail server fault). */
    public static final String JOB = "mail-sender";

    @Scheduled(identity = JOB, every = "${quads.mail.send-every:5s}", delayed = "${quads.mail.send-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendScheduled() {
        sendDue();
    }

    /** Sends what is due now, one transaction per mail; returns how many were tried. */
    public int sendDue() {
        int tried = 0;
        while (tried < config.batchSize() && QuarkusTransaction.requiringNew().call(this::sendNext)) {
            tried++;
        }
        return tried;
    }

    private boolean sendNext() {
        Long claimed = claims.nextDue().orElse(null);
        if (claimed == null) {
            return false;
        }
        Delivery delivery = Delivery.findById(claimed);
        attempt(delivery);
        return true;
    }

    private void attempt(Delivery delivery) {
        delivery.attempts++;
        if (!PLAUSIBLE.matcher(delivery.recipient).matches()) {
            fail(delivery, "Not a valid email address: " + delivery.recipient);
            return;
        }
        try {
            mailer.send(Mail.withText(delivery.recipient, delivery.subject, delivery.textBody)
                    .setHtml(delivery.htmlBody)).await().atMost(config.sendTimeout());
            delivery.status = Delivery.SENT;
            delivery.sentAt = OffsetDateTime.now();
            delivery.lastError = null;
        } catch (RuntimeException e) {
            retryOrFail(delivery, e);
        }
    }

    private void retryOrFail(Delivery delivery, RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (delivery.attempts >= config.maxAttempts()) {
            fail(delivery, error);
            return;
        }
        Duration wait = config.firstRetry().multipliedBy(1L << Math.min(delivery.attempts - 1, 20));
        delivery.lastError = error;
        delivery.nextAttemptAt = OffsetDateTime.now().plus(wait);
        Log.infof("Mail %d to %s failed (attempt %d), retrying in %s: %s", delivery.id, delivery.recipient,
                delivery.attempts, wait, error);
    }

    private static void fail(Delivery delivery, String error) {
        delivery.status = Delivery.FAILED;
        delivery.lastError = error;
        Log.warnf("Mail %d to %s failed for good after %d attempt(s): %s", delivery.id, delivery.recipient,
                delivery.attempts, error);
    }
}
