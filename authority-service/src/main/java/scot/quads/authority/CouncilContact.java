package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A person to notify at a council, with the notification types they want by default. An address is a council's
 * contact once, whatever its case (the unique index {@value #UNIQUE_EMAIL}).
 */
@Entity
@Table(name = "council_contact")
public class CouncilContact extends PanacheEntityBase {

    /** The unique index on (gss_code, lower(email)). */
    public static final String UNIQUE_EMAIL = "council_contact_email";

    @Id
    public UUID id;
    @Column(name = "gss_code")
    public String gssCode;
    public String name;
    public String email;
    public String role;
    /** Comma-separated notification types. */
    public String notifications;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public List<String> notificationList() {
        return notifications == null || notifications.isBlank() ? List.of()
                : Arrays.stream(notifications.split(",")).toList();
    }

    /** A council's contacts by name, then address. */
    public static List<CouncilContact> of(String gssCode) {
        return list("gssCode = ?1 order by lower(name), lower(email)", gssCode);
    }

    public static Optional<CouncilContact> findIn(String gssCode, UUID id) {
        return find("id = ?1 and gssCode = ?2", id, gssCode).firstResultOptional();
    }

    /** Whether another of the council's contacts has this address, in any case. */
    public static boolean emailTaken(String gssCode, String email, UUID exceptId) {
        return count("gssCode = ?1 and lower(email) = ?2 and id <> ?3", gssCode, email.toLowerCase(Locale.ROOT),
                exceptId) > 0;
    }
}
