package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A person to notify at a council, with the notification types they want by default. */
@Entity
@Table(name = "council_contact")
public class CouncilContact extends PanacheEntityBase {

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

    public static List<CouncilContact> of(String gssCode) {
        return list("gssCode = ?1 order by lower(name), lower(email)", gssCode);
    }
}
