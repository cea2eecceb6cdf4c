package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A person the authority service lists for a council, with the notification types they want by default. */
@Entity
@Table(name = "contact")
@IdClass(Contact.Key.class)
public class Contact extends PanacheEntityBase {

    @Id
    @Column(name = "council_code")
    public String councilCode;
    @Id
    @Column(name = "contact_id")
    public UUID contactId;
    public String name;
    public String email;
    public String role;
    /** Space-separated notification types. */
    public String notifications;

    public List<String> defaultTypes() {
        return notifications == null || notifications.isBlank() ? List.of()
                : Arrays.asList(notifications.trim().split("\\s+"));
    }

    public static List<Contact> ofCouncil(String councilCode) {
        return list("councilCode = ?1 order by email", councilCode);
    }

    public static class Key implements Serializable {
        public String councilCode;
        public UUID contactId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(councilCode, key.councilCode)
                    && Objects.equals(contactId, key.contactId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(councilCode, contactId);
        }
    }
}
