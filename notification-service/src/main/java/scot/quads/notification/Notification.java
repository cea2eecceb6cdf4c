package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * Something one audience was told, with what it concerns and where in the portal to look. Written once, never
 * changed; each reader's read state is a {@link NotificationRead} of their own.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** Not yet read by ?2 (the reader), for the queries below on {@code Notification n}. */
    private static final String UNREAD_BY = """
            not exists (select r from NotificationRead r where r.reader = ?2 and r.notificationId = n.id)""";

    @Id
    public UUID id;
    public String audience;
    public String type;
    public String title;
    public String body;
    public String link;
    @Column(name = "council_code")
    public String councilCode;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /**
     * The same event told to the same audience as the same type always has the same id, so telling it again is a
     * no-op (one event may tell one audience two things, such as a confirmation and "everyone has submitted").
     */
    public static UUID idFor(String sourceEventId, Audience audience, String type) {
        return UUID.nameUUIDFromBytes((sourceEventId + "\n" + audience.key() + "\n" + type)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static Notification of(Notice notice, String sourceEventId, OffsetDateTime createdAt) {
        Notification notification = new Notification();
        notification.id = idFor(sourceEventId, notice.audience(), notice.type());
        notification.audience = notice.audience().key();
        notification.type = notice.type();
        notification.title = notice.title();
        notification.body = notice.body();
        notification.link = notice.link();
        notification.councilCode = notice.councilCode();
        notification.cycleId = notice.cycleId();
        notification.sourceEventId = sourceEventId;
        notification.createdAt = createdAt;
        return notification;
    }

    /** Which of these ids are recorded already. */
    public static Set<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select n.id from Notification n where n.id in ?1", UUID.class)
                .setParameter(1, ids)
                .getResultList());
    }

    /** These notifications, oldest first, only to read. */
    public static List<Notification> withIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1 order by createdAt, id", ids).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The notification if it is addressed to one of these audiences; otherwise, as far as the caller knows, none. */
    public static Optional<Notification> findFor(UUID id, List<String> audiences) {
        return find("id = ?1 and audience in ?2", id, audiences).firstResultOptional();
    }

    /** How many of these audiences' notifications this reader has not read. */
    public static long unreadCount(List<String> audiences, String reader) {
        return getEntityManager()
                .createQuery("select count(n) from Notification n where n.audience in ?1 and " + UNREAD_BY,
                        Long.class)
                .setParameter(1, audiences)
                .setParameter(2, reader)
                .getSingleResult();
    }

    /** The newest {@code limit} of these audiences' notifications (only those this reader has not read, if asked). */
    public static List<Notification> newest(List<String> audiences, String reader, boolean unreadOnly, int limit) {
        String query = "from Notification n where n.audience in ?1" + (unreadOnly ? " and " + UNREAD_BY : "")
                + " order by n.createdAt desc, n.id desc";
        return (unreadOnly ? find(query, audiences, reader) : find(query, audiences))
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(0, limit - 1)
                .list();
    }
}
