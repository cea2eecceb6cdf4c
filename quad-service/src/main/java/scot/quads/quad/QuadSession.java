package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/** A meeting of a quad: when, where, the questions on its agenda in order, and the notes taken afterwards. */
@Entity
@Table(name = "quad_session")
public class QuadSession extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    public String location;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> agenda;
    public String notes;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public int version;

    /** The quad's sessions, earliest first; read only. */
    public static List<QuadSession> ofQuad(UUID quadId) {
        return find("quadId = ?1 order by startsAt, createdAt", quadId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
