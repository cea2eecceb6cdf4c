package scot.quads.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.quads.notification.Audience;
import scot.quads.notification.Cycle;
import scot.quads.notification.Delivery;
import scot.quads.notification.Notice;
import scot.quads.notification.Notification;
import scot.quads.notification.Preference;
import scot.quads.notification.config.NotificationConfig;
import scot.quads.notification.repository.ProjectionRepository;
import scot.quads.notification.service.EmailRecipients;
import scot.quads.notification.service.EmailRecipients.ContactDefaults;
import scot.quads.notification.service.EmailRecipients.Recipient;

/**
 * Turns a notification into mails, written as {@code delivery} rows in the same transaction as the notification;
 * {@link MailSender} and {@link DigestSender} send them later. A council's notice goes to its contacts (their
 * defaults from the authority service), ADES's to the configured ADES addresses, a person's to the address the
 * event gave; everyone's own preference wins. A row per (notification, person, channel) at most (the unique key), and
 * only for a notification recorded now, so a redelivered event adds no mail.
 */
@ApplicationScoped
public class MailQueue {

    private final ProjectionRepository projections;
    private final MailComposer composer;
    private final List<String> adesEmails;

    public MailQueue(ProjectionRepository projections, MailComposer composer, NotificationConfig config) {
        this.projections = projections;
        this.composer = composer;
        this.adesEmails = config.adesEmails().orElse(List.of()).stream().map(EmailRecipients::normalise)
                .filter(email -> !email.isEmpty()).distinct().toList();
    }

    /** A person to mail, their name if known, and the types they want by default. */
    private record Addressee(String email, String name, List<String> defaultTypes) {
    }

    /**
     * Queues the mails for one new notification; {@code personalEmail} is where a notice to one person goes;
     * {@code details}, when not empty, the lines listed under the body instead of the council and the cycle (a
     * guest's: they belong to no council). Returns how many rows were written.
     */
    public int enqueue(Notification notification, String personalEmail, List<Notice.Detail> details) {
        Audience audience = new Audience(notification.audience);
        Optional<String> council = audience.councilCode();
        List<Addressee> addressees;
        if (council.isPresent()) {
            addressees = projections.contactsOf(council.get()).stream()
                    .map(c -> new Addressee(c.email(), c.name(), c.defaultTypes())).toList();
        } else if (audience.equals(Audience.ADES)) {
            addressees = adesEmails.stream().map(email -> new Addressee(email, null, List.of(notification.type)))
                    .toList();
        } else if (audience.isPerson() && personalEmail != null && !personalEmail.isBlank()) {
            addressees = List.of(new Addressee(personalEmail, null, List.of(notification.type)));
        } else {
            return 0;
        }
        if (addressees.isEmpty()) {
            return 0;
        }
        List<String> emails = addressees.stream().map(a -> EmailRecipients.normalise(a.email())).distinct().toList();
        Map<String, String> chosen = Preference.modes(emails, notification.type);
        List<Recipient> recipients = EmailRecipients.of(notification.type,
                addressees.stream().map(a -> new ContactDefaults(a.email(), a.defaultTypes())).toList(), chosen);
        if (recipients.isEmpty()) {
            return 0;
        }
        String councilCode = notification.councilCode != null ? notification.councilCode : council.orElse(null);
        String councilName = councilCode == null ? null
                : projections.councilNames(List.of(councilCode)).getOrDefault(councilCode, councilCode);
        Cycle cycle = notification.cycleId == null ? null : projections.cycle(notification.cycleId).orElse(null);
        String cycleName = cycle != null && cycle.name() != null ? cycle.name()
                : notification.cycleId == null ? null : "cycle " + notification.cycleId;
        boolean guest = notification.type.startsWith("guest.");
        List<Notice.Detail> lines = details != null && !details.isEmpty() ? details
                : Notice.Detail.known(List.of(new Notice.Detail("Council", councilName),
                        new Notice.Detail("Cycle", cycleName)));
        String reason = council.isPresent() ? "as a contact for " + councilName
                : audience.equals(Audience.ADES) ? "as an ADES officer"
                : guest ? "because you were invited to a session of a quad"
                : audience.isEmail() ? "as " + (councilName == null ? "a council" : councilName) + "'s named contact"
                : "because you wrote in this thread";
        int written = 0;
        Set<String> queued = new HashSet<>();
        for (Recipient recipient : recipients) {
            if (!queued.add(recipient.email() + "\n" + recipient.channel())
                    || audience.isPerson() && Delivery.mailedForEvent(notification.sourceEventId, recipient.email())) {
                continue;
            }
            String name = addressees.stream()
                    .filter(a -> EmailRecipients.normalise(a.email()).equals(recipient.email()))
                    .findFirst().map(Addressee::name).orElse(null);
            MailComposer.Content content = composer.notice(name, notification.title, notification.body,
                    notification.link, lines, reason, !guest);
            Delivery.queued(notification, recipient.email(), recipient.channel(), content.subject(), content.text(),
                    content.html()).persist();
            written++;
        }
        return written;
    }
}
