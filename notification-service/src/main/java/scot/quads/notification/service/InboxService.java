package scot.quads.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.quads.notification.Notification;
import scot.quads.notification.Recipient;
import scot.quads.support.problem.ProblemException;

/** A user's view of the notifications addressed to their council, to ADES or to them, and their own read state. */
@ApplicationScoped
public class InboxService {

    private final EntityManager entityManager;

    public InboxService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The newest {@code limit} notifications (only unread ones if asked), with how many are unread in all. */
    @Transactional
    public Inbox inbox(Recipient recipient, boolean unreadOnly, int limit) {
        if (recipient.audiences().isEmpty()) {
            return new Inbox(0, List.of(), Set.of());
        }
        long unread = entityManager.createQuery("""
                select count(n) from Notification n
                where n.audience in :audiences
                  and not exists (select r from NotificationRead r
                                  where r.reader = :reader and r.notificationId = n.id)""", Long.class)
                .setParameter("audiences", recipient.audienceKeys())
                .setParameter("reader", recipient.userId())
                .getSingleResult();
        List<Notification> items = entityManager.createQuery("""
                select n from Notification n
                where n.audience in :audiences
                  and (:unreadOnly = false or not exists (select r from NotificationRead r
                                                          where r.reader = :reader and r.notificationId = n.id))
                order by n.createdAt desc, n.id desc""", Notification.class)
                .setParameter("audiences", recipient.audienceKeys())
                .setParameter("reader", recipient.userId())
                .setParameter("unreadOnly", unreadOnly)
                .setMaxResults(limit)
                .getResultList();
        Set<UUID> read = items.isEmpty() ? Set.of() : new HashSet<>(entityManager.createQuery("""
                select r.notificationId from NotificationRead r
                where r.reader = :reader and r.notificationId in :ids""", UUID.class)
                .setParameter("reader", recipient.userId())
                .setParameter("ids", items.stream().map(n -> n.id).toList())
                .getResultList());
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
        entityManager.createNativeQuery("""
                INSERT INTO notification_read (reader, notification_id) VALUES (?1, ?2)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, recipient.userId())
                .setParameter(2, notificationId)
                .executeUpdate();
    }

    @Transactional
    public void markAllRead(Recipient recipient) {
        if (recipient.audiences().isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO notification_read (reader, notification_id)
                SELECT ?1, n.id FROM notification n WHERE n.audience IN (?2)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, recipient.userId())
                .setParameter(2, recipient.audienceKeys())
                .executeUpdate();
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
