package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * One invitation, change of what it shares, or revocation of a guest, kept so that anyone can later see who let whom
 * read what, and when.
 */
@Entity
@Table(name = "guest_invitation_audit")
public class GuestInvitationAudit extends PanacheEntityBase {

    public static final String INVITED = "invited";
    public static final String REVOKED = "revoked";
    public static final String SHARED = "shared";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "invitation_id")
    public UUID invitationId;
    @Column(name = "quad_id")
    public UUID quadId;
    public String action;
    public String email;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    /** The agenda items the invitation shares from this change on (none for a revocation); kept as they were. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guest_invitation_audit_item", joinColumns = @JoinColumn(name = "audit_id"))
    @Column(name = "item_id")
    public Set<UUID> itemIds = new LinkedHashSet<>();

    /** Every invitation and revocation of the quad's guests, oldest first; read only. */
    public static List<GuestInvitationAudit> of(UUID quadId) {
        return find("quadId = ?1 order by id", quadId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
