package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** One assignment or revocation by ADES, kept so that anyone can later see who gave whom access to what, and when. */
@Entity
@Table(name = "assignment_audit")
public class AssignmentAudit extends PanacheEntityBase {

    public static final String ASSIGNED = "assigned";
    public static final String REVOKED = "revoked";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "assignment_id")
    public UUID assignmentId;
    public String action;
    public String role;
    public String username;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "council_code")
    public String councilCode;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "changed_by")
    public String changedBy;

    /** Every assignment and revocation touching the quad (or, with null, all), oldest first; read only. */
    public static List<AssignmentAudit> of(UUID quadId) {
        return (quadId == null ? find("order by id") : find("quadId = ?1 order by id", quadId))
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
