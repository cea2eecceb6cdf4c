package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * One notification's way to one person by mail: sent now, or gathered into their daily digest. Its content is
 * rendered when it is queued, so every attempt sends the same mail. Senders claim rows with
 * {@code repository/MailClaims} before changing them here.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public static final String EMAIL = "email";
    public static final String DIGEST = "digest";
    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "notification_id")
    public UUID notificationId;
    public String recipient;
    public String channel;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    public String subject;
    @Column(name = "text_body")
    public String textBody;
    @Column(name = "html_body")
    public String htmlBody;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** A mail for {@code recipient} on {@code channel}, pending and due now. */
    public static Delivery queued(Notification notification, String recipient, String channel, String subject,
            String textBody, String htmlBody) {
        OffsetDateTime now = OffsetDateTime.now();
        Delivery delivery = new Delivery();
        delivery.eventId = notification.sourceEventId;
        delivery.notificationId = notification.id;
        delivery.recipient = recipient;
        delivery.channel = channel;
        delivery.status = PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.subject = subject;
        delivery.textBody = textBody;
        delivery.htmlBody = htmlBody;
        delivery.createdAt = now;
        return delivery;
    }

    /** Whether this event already mails this person (as a contact of a council it told). */
    public static boolean mailedForEvent(String eventId, String recipient) {
        return count("eventId = ?1 and recipient = ?2", eventId, recipient) > 0;
    }

    /** Everyone with a digest pending. */
    public static List<String> digestRecipients() {
        return getEntityManager().createQuery("""
                select distinct d.recipient from Delivery d where d.channel = ?1 and d.status = ?2
                order by d.recipient""", String.class)
                .setParameter(1, DIGEST)
                .setParameter(2, PENDING)
                .getResultList();
    }

    /** These mails (claimed by the caller's transaction), oldest first. */
    public static List<Delivery> claimed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 order by createdAt, id", ids);
    }

    /** Mails in one state, newest first, only to read. */
    public static List<Delivery> withStatus(String status, int limit) {
        return find("status = ?1 order by createdAt desc, id desc", status)
                .withHint(HibernateHints.HINT_READ_ONLY, true).range(0, limit - 1).list();
    }

    /** One person's mails, oldest first. */
    public static List<Delivery> to(String recipient) {
        return list("recipient = ?1 order by id", recipient);
    }
}
