package scot.quads.notification.rest;

import java.util.List;
import scot.quads.notification.service.InboxService.Inbox;

/** A user's inbox page: how many of their notifications are unread, and the newest ones first. */
public record InboxRepresentation(long unreadCount, List<NotificationRepresentation> items) {

    static InboxRepresentation of(Inbox inbox) {
        return new InboxRepresentation(inbox.unreadCount(), inbox.items().stream()
                .map(n -> NotificationRepresentation.of(n, inbox.read().contains(n.id)))
                .toList());
    }
}
