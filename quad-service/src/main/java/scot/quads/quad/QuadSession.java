package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/**
 * A meeting of a quad: when, where, its purpose (a focus question or key question of a member council), who hosts it,
 * which roles are invited and who attended, the notes taken afterwards. Its agenda is its {@link SessionItem}s; the
 * {@code agenda} column keeps the codes of their rubric items in order, for readers of the plain list.
 */
@Entity
@Table(name = "quad_session")
public class QuadSession extends PanacheEntityBase {

    public static final String FOCUS_QUESTION = "focus-question";
    public static final String KEY_QUESTION = "key-question";
    public static final List<String> PURPOSE_KINDS = List.of(FOCUS_QUESTION, KEY_QUESTION);
    /** The roles a session may invite: the councils' users, ADES, its officers and link inspectors, partners. */
    public static final List<String> INVITABLE_ROLES = List.of("authority-editor", "authority-viewer", "ades-admin",
            "ades-officer", "es-link", "quad-guest");

    /** One person who attended: their name and the organisation they came from (a council, ADES, a partner). */
    public record Attendee(String name, String organisation) {
    }

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
    @Column(name = "purpose_kind")
    public String purposeKind;
    @Column(name = "purpose_council")
    public String purposeCouncil;
    @Column(name = "purpose_text")
    public String purposeText;
    /** The hosts' user names. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> hosts = new ArrayList<>();
    /** The roles asked to take part (of {@link #INVITABLE_ROLES}). */
    @Column(name = "invited_roles")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> invitedRoles = new ArrayList<>();
    /** Who attended, as recorded. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Attendee> attendance = new ArrayList<>();
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
