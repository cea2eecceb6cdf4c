package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A partner invited as a {@code quad-guest} to named sessions of a quad until {@link #expiresOn} (the last day it may
 * be used), with chosen items of those sessions' agendas shared with them. The guest's sign-in is tied to it by
 * their verified email. Live while not revoked and not expired, which is decided when it is read; the row stays
 * afterwards.
 */
@Entity
@Table(name = "guest_invitation")
public class GuestInvitation extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    public String name;
    /** Lower case: it is compared with the guest's token. */
    public String email;
    public String organisation;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    /** What the inviter shared with the guest; null when nothing. */
    public String note;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guest_invitation_session", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "session_id")
    public Set<UUID> sessionIds = new LinkedHashSet<>();
    /**
     * The agenda items of those sessions shared with the guest: the only items they read and add input on. An item
     * taken off its agenda leaves this set (the database deletes the row).
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guest_invitation_item", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "item_id")
    public Set<UUID> itemIds = new LinkedHashSet<>();
    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;
    @Column(name = "invited_by")
    public String invitedBy;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Version
    public int version;

    /** Not revoked, and {@code today} is not after its last day. */
    public boolean liveOn(LocalDate today) {
        return revokedAt == null && !today.isAfter(expiresOn);
    }

    /** The quad's invitations, newest first. */
    public static List<GuestInvitation> ofQuad(UUID quadId) {
        return list("quadId = ?1 order by invitedAt desc, id", quadId);
    }

    /** The invitations made to this address that are live on {@code today}, oldest first. */
    public static List<GuestInvitation> liveFor(String email, LocalDate today) {
        return list("email = ?1 and revokedAt is null and expiresOn >= ?2 order by invitedAt, id", email, today);
    }
}
