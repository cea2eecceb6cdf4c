package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change, kept for the audit trail: who did what to which version, cycle or self-evaluation, and when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    public String actor;
    public String action;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public UUID subjectId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "council_code")
    public String councilCode;
    @Column(name = "question_code")
    public String questionCode;
    @Column(name = "old_level")
    public Integer oldLevel;
    @Column(name = "new_level")
    public Integer newLevel;
    /** Further facts of the change, as a small JSON object. */
    public String detail;
}
