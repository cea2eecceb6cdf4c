package scot.quads.notification.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import scot.quads.notification.Notification;

/** One notification as its reader sees it; {@code read} is that reader's own state. */
public record NotificationRepresentation(UUID id, String type, String title, String body, String link,
        OffsetDateTime createdAt, boolean read) {

    static NotificationRepresentation of(Notification notification, boolean read) {
        return new NotificationRepresentation(notification.id, notification.type, notification.title,
                notification.body, notification.link, notification.createdAt, read);
    }
}
