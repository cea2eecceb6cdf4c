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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/**
 * One person's email choice for one notification type, keyed by their normalised address so that it matches
 * contacts; no row means their contact default applies.
 */
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

    /** This person's choices, by type. */
    public static List<Preference> of(String email) {
        return list("userEmail = ?1 order by type", email);
    }

    /** Each of these people's mode for one type, by address; someone without a choice is absent. */
    public static Map<String, String> modes(Collection<String> emails, String type) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return Preference.<Preference>find("userEmail in ?1 and type = ?2", emails, type)
                .withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                .collect(Collectors.toMap(p -> p.userEmail, p -> p.emailMode));
    }

    /** Every choice of email off or digest, by person then type, only to read. */
    public static List<Preference> optOuts() {
        return find("emailMode <> ?1 order by userEmail, type", "on")
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Sets this person's modes for these types (type to mode), adding a choice where they had none. */
    public static void choose(String email, Map<String, String> modes, OffsetDateTime at) {
        Map<String, Preference> current = of(email).stream().collect(Collectors.toMap(p -> p.type, p -> p));
        modes.forEach((type, mode) -> {
            Preference preference = current.get(type);
            if (preference == null) {
                preference = new Preference();
                preference.userEmail = email;
                preference.type = type;
                preference.emailMode = mode;
                preference.updatedAt = at;
                preference.persist();
            } else {
                preference.emailMode = mode;
                preference.updatedAt = at;
            }
        });
    }

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
