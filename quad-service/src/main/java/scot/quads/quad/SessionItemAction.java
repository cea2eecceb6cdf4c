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

/**
 * That an action was raised from a session's agenda item. Written once with the action and never changed (so it has
 * no version); an action comes from one item at most.
 */
@Entity
@Table(name = "quad_session_item_action")
public class SessionItemAction extends PanacheEntityBase {

    @Id
    @Column(name = "action_id")
    public UUID actionId;
    @Column(name = "item_id")
    public UUID itemId;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    @Column(name = "raised_by")
    public String raisedBy;

    /** The actions raised from these items, oldest first. */
    public static List<SessionItemAction> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return list("itemId in ?1 order by raisedAt, actionId", itemIds);
    }
}
