package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A due-soon or overdue notice announced for an action, written in the transaction that puts its event in the
 * outbox: its key (action and kind) lets each notice go out once, however many replicas run the daily job.
 */
@Entity
@Table(name = "quad_action_notice")
public class ActionNotice extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @Column(name = "sent_on")
    public LocalDate sentOn;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public static boolean sent(UUID actionId, String kind) {
        return findByIdOptional(new Key(actionId, kind)).isPresent();
    }

    public static ActionNotice of(UUID actionId, String kind, LocalDate sentOn, OffsetDateTime sentAt) {
        ActionNotice notice = new ActionNotice();
        notice.key = new Key(actionId, kind);
        notice.sentOn = sentOn;
        notice.sentAt = sentAt;
        return notice;
    }

    /** An action and the kind of notice sent for it. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "action_id")
        public UUID actionId;
        public String kind;

        public Key() {
        }

        public Key(UUID actionId, String kind) {
            this.actionId = actionId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(actionId, key.actionId) && Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actionId, kind);
        }
    }
}
