package scot.quads.notification.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Contact;
import scot.quads.notification.Notice;

/**
 * Who is told of a learning-partner introduction. A question goes to the partner council's <em>named contact</em>:
 * the contact whose role at the authority service says "primary" (the council's primary contact), or else the first
 * of its contacts by name, then address; their in-app inbox (by the address they sign in with) and, unless their
 * preference for {@code introduction} says otherwise, their email. A council with no contacts is told as a council.
 * A reply from the partner goes back to the asker (their inbox, and their email by their preference); a reply from
 * the asker's side goes to the named contact again. Nobody is told of their own words.
 */
public final class IntroductionNotices {

    private IntroductionNotices() {
    }

    /** One message of an introduction, as the rule words it. */
    public record Message(UUID introductionId, UUID quadId, UUID cycleId, String itemCode, String itemPrompt,
            String askerCouncil, Integer askerLevel, String partnerCouncil, Integer partnerLevel,
            CommentNotices.Person asker, CommentNotices.Person author, String text, boolean question,
            Map<String, String> councilNames) {

        public Message {
            Objects.requireNonNull(asker, "asker");
            Objects.requireNonNull(author, "author");
            askerCouncil = Audience.normaliseCode(askerCouncil);
            partnerCouncil = Audience.normaliseCode(partnerCouncil);
            councilNames = Map.copyOf(councilNames);
        }
    }

    /** The council's named contact: its primary contact, else the first by name and address. */
    public static Optional<Contact> namedContact(List<Contact> contacts) {
        Comparator<Contact> byName = Comparator.comparing((Contact c) -> c.name() == null ? "" : c.name().toLowerCase(
                Locale.ROOT)).thenComparing(c -> EmailRecipients.normalise(c.email()));
        return contacts.stream().filter(c -> !EmailRecipients.normalise(c.email()).isEmpty())
                .sorted(Comparator.comparing((Contact c) -> !isPrimary(c)).thenComparing(byName)).findFirst();
    }

    static boolean isPrimary(Contact contact) {
        return contact.role() != null && contact.role().toLowerCase(Locale.ROOT).contains("primary");
    }

    public static List<Notice> of(Message message, Optional<Contact> partnerContact) {
        String asker = Wording.council(message.askerCouncil(), message.councilNames());
        String partner = Wording.council(message.partnerCouncil(), message.councilNames());
        String item = message.itemCode() + (message.itemPrompt() == null || message.itemPrompt().isBlank() ? ""
                : " (" + message.itemPrompt().trim() + ")");
        String link = Wording.cycleLink(message.cycleId(), "quads/" + message.quadId() + "/introductions/"
                + message.introductionId());
        String by = message.author().username().trim();
        List<Notice> notices = new ArrayList<>();
        boolean fromPartner = message.partnerCouncil().equals(message.author().councilCode());
        if (fromPartner) {
            if (!message.asker().key().equals(message.author().key())) {
                notices.add(new Notice(Audience.user(message.asker().username()), NoticeTypes.INTRODUCTION,
                        partner + " replied to your question about " + message.itemCode(),
                        by + " (" + partner + ") replied to your question about " + item + ". Read the reply and"
                                + " write back in the thread.",
                        link, message.askerCouncil(), message.cycleId(), message.asker().email()));
            }
            return List.copyOf(notices);
        }
        String title = message.question() ? asker + " asks " + partner + " about " + message.itemCode()
                : asker + " wrote back about " + message.itemCode();
        String body = message.question()
                ? by + " (" + asker + ") asks you, as " + partner + "'s named contact, about " + item + ". "
                        + partner + " graded it " + level(message.partnerLevel()) + "; " + asker + " graded it "
                        + level(message.askerLevel()) + ". Their words: \"" + message.text() + "\" Reply in the"
                        + " portal: the reply goes back to them."
                : by + " (" + asker + ") wrote back in the introduction about " + item + ".";
        Optional<Contact> contact = partnerContact.filter(c -> !EmailRecipients.normalise(c.email())
                .equals(message.author().email()));
        if (contact.isPresent()) {
            notices.add(new Notice(Audience.email(contact.get().email()), NoticeTypes.INTRODUCTION, title, body, link,
                    message.partnerCouncil(), message.cycleId(), EmailRecipients.normalise(contact.get().email())));
        } else if (partnerContact.isEmpty()) {
            notices.add(new Notice(Audience.council(message.partnerCouncil()), NoticeTypes.INTRODUCTION, title, body,
                    link, message.partnerCouncil(), message.cycleId()));
        }
        return List.copyOf(notices);
    }

    private static String level(Integer level) {
        return level == null ? "without a level" : "level " + level;
    }
}
