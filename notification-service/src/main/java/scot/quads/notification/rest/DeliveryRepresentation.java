package scot.quads.notification.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import scot.quads.notification.Delivery;

/** One mail and how its sending went. */
public record DeliveryRepresentation(long id, UUID notificationId, String eventId, String recipient, String channel,
        String status, int attempts, OffsetDateTime nextAttemptAt, String lastError, String subject,
        OffsetDateTime createdAt, OffsetDateTime sentAt) {

    static DeliveryRepresentation of(Delivery d) {
        return new DeliveryRepresentation(d.id, d.notificationId, d.eventId, d.recipient, d.channel, d.status,
                d.attempts, d.nextAttemptAt, d.lastError, d.subject, d.createdAt, d.sentAt);
    }
}
