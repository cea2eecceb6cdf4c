package scot.quads.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.quads.notification.Notification;
import scot.quads.notification.Recipient;
import scot.quads.notification.NotificationRead;
import scot.quads.notification.repository.ReadMarks;
import scot.quads.support.problem.ProblemException;

/** A user's view of the notifications addressed to their council, to ADES or to them, and their own read state. */
@ApplicationScoped
public class InboxService {

    private final ReadMarks marks;

    public InboxService(ReadMarks marks) {
        this.marks = marks;
    }

    /** The newest {@code limit} notifications (only unread ones if asked), with how many are unread in all. */
    @Transactional
    public Inbox inbox(Recipient recipient, boolean unreadOnly, int limit) {
        if (recipient.audiences().isEmpty()) {
            return new Inbox(0, List.of(), Set.of());
        }
        List<String> audiences = recipient.audienceKeys();
        long unread = Notification.unreadCount(audiences, recipient.userId());
        List<Notification> items = Notification.newest(audiences, recipient.userId(), unreadOnly, limit);
        Set<UUID> read = NotificationRead.readAmong(recipient.userId(), items.stream().map(n -> n.id).toList());
        return new Inbox(unread, items, read);
    }

    /** Marks one of the user's own notifications read; one addressed to someone else is, to them, not there. */
    @Transactional
    public void markRead(Recipient recipient, String id) {
        UUID notificationId = parse(id);
        if (recipient.audiences().isEmpty()
                || Notification.findFor(notificationId, recipient.audienceKeys()).isEmpty()) {
            throw ProblemException.notFound("Notification", id);
        }
        marks.markRead(recipient.userId(), notificationId);
    }

    @Transactional
    public void markAllRead(Recipient recipient) {
        if (recipient.audiences().isEmpty()) {
            return;
        }
        marks.markAllRead(recipient.userId(), recipient.audienceKeys());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Notification", id);
        }
    }

    /** One page of a user's inbox: {@code read} holds the ids on it that this user has read. */
    public record Inbox(long unreadCount, List<Notification> items, Set<UUID> read) {
    }
}
