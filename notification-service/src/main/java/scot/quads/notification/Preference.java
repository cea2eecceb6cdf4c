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

/** One person's email choice for one notification type; no row means their contact default applies. */
@Entity
@Table(name = "preference")
@IdClass(Preference.Key.class)
public class Preference extends PanacheEntityBase {

    @Id
    @Column(name = "user_email")
    public String userEmail;
    @Id
    public String type;
    @Column(name = "email_mode")
    public String emailMode;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static class Key implements Serializable {
        public String userEmail;
        public String type;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userEmail, key.userEmail)
                    && Objects.equals(type, key.type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userEmail, type);
        }
    }
}
