package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * That one user has read one notification; colleagues who see the same notification keep their own state. Marks
 * are set idempotently by {@code repository/ReadMarks} (marking twice, or all at once, is one statement).
 */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead extends PanacheEntityBase {

    @Id
    public String reader;
    @Id
    @Column(name = "notification_id")
    public UUID notificationId;
    @Column(name = "read_at")
    public OffsetDateTime readAt;

    /** Which of these notifications this reader has read. */
    public static Set<UUID> readAmong(String reader, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery("""
                select r.notificationId from NotificationRead r
                where r.reader = ?1 and r.notificationId in ?2""", UUID.class)
                .setParameter(1, reader)
                .setParameter(2, ids)
                .getResultList());
    }

    public static class Key implements Serializable {
        public String reader;
        public UUID notificationId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(reader, key.reader)
                    && Objects.equals(notificationId, key.notificationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reader, notificationId);
        }
    }
}
