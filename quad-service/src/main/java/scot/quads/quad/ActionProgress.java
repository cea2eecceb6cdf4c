package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** Progress recorded on an action at its follow-up: its status then and the evidence of its impact. */
@Entity
@Table(name = "action_progress")
public class ActionProgress extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "action_id")
    public UUID actionId;
    public String status;
    public String impact;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    public int version;

    /** The progress recorded on these actions, oldest first; read only. */
    public static List<ActionProgress> ofActions(Collection<UUID> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return find("actionId in ?1 order by recordedAt, id", actionIds)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    public static boolean anyFor(UUID actionId) {
        return count("actionId", actionId) > 0;
    }
}
