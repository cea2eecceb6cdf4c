package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** That one user has read one notification; colleagues who see the same notification keep their own state. */
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
