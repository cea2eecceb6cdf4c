package scot.quads.quad.findings;

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

/** One change to a findings report, kept so that anyone reading it later can see who changed what, and when. */
@Entity
@Table(name = "findings_audit")
public class FindingsAudit extends PanacheEntityBase {

    public static final String DRAFTED = "drafted";
    public static final String SECTION_EDITED = "section-edited";
    public static final String AGREED = "agreed";
    public static final String AGREEMENT_WITHDRAWN = "agreement-withdrawn";
    public static final String PUBLISHED = "published";
    public static final String SUPERSEDED = "superseded";
    public static final String CORRECTION_STARTED = "correction-started";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public UUID reportId;
    public String action;
    public String section;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<FindingsReport.Paragraph> before;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<FindingsReport.Paragraph> after;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "changed_by")
    public String changedBy;

    /** Every change to the report's editions, oldest first; read only. */
    public static List<FindingsAudit> of(List<UUID> reportIds) {
        return find("reportId in ?1 order by id", reportIds).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
