package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

/** One change to a council or what belongs to it; {@code before} and {@code after} are JSON. Never changed. */
@Entity
@Table(name = "council_audit")
public class CouncilAuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "gss_code")
    public String gssCode;
    public OffsetDateTime at;
    @Column(name = "by_user")
    public String byUser;
    public String action;
    public String before;
    public String after;

    /** The council's entries, newest first. */
    public static List<CouncilAuditEntry> newestFirst(String gssCode) {
        return find("gssCode = ?1 order by id desc", gssCode).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
