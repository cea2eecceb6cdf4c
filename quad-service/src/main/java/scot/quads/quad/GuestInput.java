package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** A guest's input to a session's record, written under their invitation; kept as written. */
@Entity
@Table(name = "guest_input")
public class GuestInput extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "session_id")
    public UUID sessionId;
    @Column(name = "invitation_id")
    public UUID invitationId;
    /** The shared agenda item it is about; null when about the session as a whole. */
    @Column(name = "item_id")
    public UUID itemId;
    @Column(name = "author_name")
    public String authorName;
    public String organisation;
    public String text;
    @Column(name = "posted_at")
    public OffsetDateTime postedAt;

    /** The input to these sessions, oldest first; read only. */
    public static List<GuestInput> ofSessions(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return find("sessionId in ?1 order by postedAt, id", sessionIds)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
