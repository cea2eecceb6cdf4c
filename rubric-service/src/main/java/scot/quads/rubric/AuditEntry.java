package scot.quads.rubric;

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

/**
 * One change, kept for the audit trail: who did what to which version, cycle or self-evaluation, and when. Rows are
 * only ever added, each in the transaction of the change it records.
 */
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

    /** A council's audit trail in a cycle, newest first. */
    public static List<AuditEntry> ofEvaluation(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2 order by id desc", cycleId, councilCode)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The rows of one action in a council's evaluation of a cycle, oldest first. */
    public static List<AuditEntry> ofEvaluation(UUID cycleId, String councilCode, String action) {
        return find("cycleId = ?1 and councilCode = ?2 and action = ?3 order by id", cycleId, councilCode, action)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The rows of one action on one subject (a cycle, a version, an evaluation), oldest first. */
    public static List<AuditEntry> ofSubject(UUID subjectId, String action) {
        return find("subjectId = ?1 and action = ?2 order by id", subjectId, action)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
