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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/** One change ADES made to a quad, kept so that anyone can later see who changed what, and when. */
@Entity
@Table(name = "quad_audit")
public class QuadAudit extends PanacheEntityBase {

    public static final String FORMED = "formed";
    public static final String EDITED = "edited";
    public static final String DISSOLVED = "dissolved";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    public String action;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "old_members")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> oldMembers;
    @Column(name = "new_members")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> newMembers;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;

    /** Every change made to the quad, oldest first; read only. */
    public static List<QuadAudit> of(UUID quadId) {
        return find("quadId = ?1 order by id", quadId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** A field of the quad other than its members: its value before and after. */
    public record FieldChange(String field, String from, String to) {
    }
}
