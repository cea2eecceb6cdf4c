package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * ADES's assignment of an ADES officer or a link inspector ({@link #role}) to a quad, or of a link inspector to a
 * council (then they reach the quads that council is in). Live until revoked; the row stays afterwards.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;
    public String role;
    public String username;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "council_code")
    public String councilCode;
    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;
    @Column(name = "assigned_by")
    public String assignedBy;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Version
    public int version;

    public boolean live() {
        return revokedAt == null;
    }

    /** Whether a live assignment of this person, in one of these roles, reaches the quad or one of its members. */
    public static boolean reaches(String username, Collection<String> roles, UUID quadId, Collection<String> members) {
        if (roles.isEmpty()) {
            return false;
        }
        if (members.isEmpty()) {
            return count("username = ?1 and role in ?2 and revokedAt is null and quadId = ?3", username, roles,
                    quadId) > 0;
        }
        return count("username = ?1 and role in ?2 and revokedAt is null and (quadId = ?3 or councilCode in ?4)",
                username, roles, quadId, members) > 0;
    }

    /** The person's live assignments in these roles, oldest first; read only. */
    public static List<Assignment> liveOf(String username, Collection<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return find("username = ?1 and role in ?2 and revokedAt is null order by assignedAt, id", username, roles)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /**
     * Live assignments, narrowed by whichever of quad, council and person are given (null: any), oldest first; with
     * {@code includeRevoked}, the revoked ones too; read only.
     */
    public static List<Assignment> search(UUID quadId, String councilCode, String username, boolean includeRevoked) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (quadId != null) {
            query.append(" and quadId = :quad");
            parameters.put("quad", quadId);
        }
        if (councilCode != null) {
            query.append(" and councilCode = :council");
            parameters.put("council", councilCode);
        }
        if (username != null) {
            query.append(" and username = :username");
            parameters.put("username", username);
        }
        if (!includeRevoked) {
            query.append(" and revokedAt is null");
        }
        query.append(" order by assignedAt, id");
        return find(query.toString(), parameters).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
