package scot.quads.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.quads.notification.Audience;
import scot.quads.notification.Contact;
import scot.quads.notification.Council;
import scot.quads.notification.Cycle;
import scot.quads.notification.Notification;
import scot.quads.notification.Preference;
import scot.quads.notification.service.EmailRecipients;
import scot.quads.notification.service.EmailRecipients.ContactDefaults;
import scot.quads.notification.service.EmailRecipients.Recipient;

/**
 * Turns a council's notification into mails to its contacts, written as {@code delivery} rows in the same
 * transaction as the notification; {@link MailSender} and {@link DigestSender} send them later. A row per
 * (notification, person, channel) at most, so a redelivered event adds no mail.
 */
@ApplicationScoped
public class MailQueue {

    private final EntityManager entityManager;
    private final MailComposer composer;

    public MailQueue(EntityManager entityManager, MailComposer composer) {
        this.entityManager = entityManager;
        this.composer = composer;
    }

    /** Queues the mails for one new notification; returns how many rows were written. */
    public int enqueue(Notification notification) {
        String council = new Audience(notification.audience).councilCode().orElse(null);
        if (council == null) {
            return 0;
        }
        List<Contact> contacts = Contact.ofCouncil(council);
        if (contacts.isEmpty()) {
            return 0;
        }
        List<String> emails = contacts.stream().map(c -> EmailRecipients.normalise(c.email)).distinct().toList();
        Map<String, String> preferences = Preference.<Preference>list("userEmail in ?1 and type = ?2", emails,
                notification.type).stream().collect(Collectors.toMap(p -> p.userEmail, p -> p.emailMode));
        List<Recipient> recipients = EmailRecipients.of(notification.type,
                contacts.stream().map(c -> new ContactDefaults(c.email, c.defaultTypes())).toList(), preferences);
        if (recipients.isEmpty()) {
            return 0;
        }
        String councilName = Council.namesOf(List.of(council)).getOrDefault(council, council);
        Cycle cycle = notification.cycleId == null ? null : Cycle.findById(notification.cycleId);
        String cycleName = cycle != null && cycle.name != null ? cycle.name
                : notification.cycleId == null ? "-" : "cycle " + notification.cycleId;
        int written = 0;
        for (Recipient recipient : recipients) {
            String contactName = contacts.stream()
                    .filter(c -> EmailRecipients.normalise(c.email).equals(recipient.email()))
                    .map(c -> c.name).findFirst().orElse(null);
            MailComposer.Content content = composer.notice(contactName, notification.title, notification.body,
                    notification.link, councilName, cycleName);
            written += entityManager.createNativeQuery("""
                    INSERT INTO delivery (event_id, notification_id, recipient, channel, subject, text_body, html_body)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    ON CONFLICT (notification_id, recipient, channel) DO NOTHING""")
                    .setParameter(1, notification.sourceEventId)
                    .setParameter(2, notification.id)
                    .setParameter(3, recipient.email())
                    .setParameter(4, recipient.channel())
                    .setParameter(5, content.subject())
                    .setParameter(6, content.text())
                    .setParameter(7, content.html())
                    .executeUpdate();
        }
        return written;
    }
}
