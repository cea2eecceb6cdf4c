package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/** Something a quad agreed one of its councils will do, by a date, following up some of the rubric's questions. */
@Entity
@Table(name = "quad_action")
public class Action extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String IN_PROGRESS = "in-progress";
    public static final String DONE = "done";
    public static final String DROPPED = "dropped";
    public static final List<String> STATUSES = List.of(OPEN, IN_PROGRESS, DONE, DROPPED);
    /** Statuses in which an action is still to be done. */
    public static final List<String> PENDING = List.of(OPEN, IN_PROGRESS);

    @Id
    public UUID id;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "owner_council")
    public String ownerCouncil;
    public String description;
    @Column(name = "question_codes")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> questionCodes;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    /** The officer accountable for the action, and their role; optional. */
    @Column(name = "officer_name")
    public String officerName;
    @Column(name = "officer_role")
    public String officerRole;
    /** How the council will know the action succeeded, where it starts from and what it aims at; optional. */
    @Column(name = "success_measure")
    public String successMeasure;
    public String baseline;
    public String target;
    /** One of the council's LGBF indicators the measure follows, as authority-service gave it when chosen. */
    @Column(name = "indicator_code")
    public String indicatorCode;
    @Column(name = "indicator_title")
    public String indicatorTitle;
    @Column(name = "indicator_unit")
    public String indicatorUnit;
    @Column(name = "indicator_period")
    public String indicatorPeriod;
    @Column(name = "indicator_value")
    public Double indicatorValue;
    /** The next step of the owner's findings report the action serves: the paragraph and its text then. */
    @Column(name = "next_step_id")
    public UUID nextStepId;
    @Column(name = "next_step_text")
    public String nextStepText;
    /** The Idempotency-Key it was created with, if any. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** What the action was created from (ActionService's fingerprint), so that a retry can be told from a reuse. */
    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;
    @Version
    public int version;

    public boolean pending() {
        return PENDING.contains(status);
    }

    /** The action this user created in the quad with this Idempotency-Key, if any. */
    public static Optional<Action> createdWithKey(UUID quadId, String createdBy, String idempotencyKey) {
        return find("quadId = ?1 and createdBy = ?2 and idempotencyKey = ?3", quadId, createdBy, idempotencyKey)
                .firstResultOptional();
    }

    /** The quad's actions, soonest due first; read only. */
    public static List<Action> ofQuad(UUID quadId) {
        return find("quadId = ?1 order by dueDate, createdAt", quadId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Every action a council owns, in any quad and cycle; read only (the plan orders them). */
    public static List<Action> ownedBy(String councilCode) {
        return find("ownerCouncil = ?1 order by dueDate, createdAt", councilCode)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The quad's actions still open or in progress, soonest due first; read only. */
    public static List<Action> pendingOfQuad(UUID quadId) {
        return find("quadId = ?1 and status in ?2 order by dueDate, createdAt", quadId, PENDING)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Pending actions due before {@code today} in those quads; read only. */
    public static List<Action> overdue(Collection<UUID> quadIds, LocalDate today) {
        if (quadIds.isEmpty()) {
            return List.of();
        }
        return find("quadId in ?1 and status in ?2 and dueDate < ?3 order by dueDate, createdAt", quadIds, PENDING,
                today).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Pending actions due on or before {@code until}: the ones the daily job may have to announce. */
    public static List<UUID> pendingDueBy(LocalDate until) {
        return find("select a.id from Action a where a.status in ?1 and a.dueDate <= ?2 order by a.dueDate",
                PENDING, until).project(UUID.class).list();
    }

    /**
     * The action, its row locked until the transaction ends ({@code FOR NO KEY UPDATE}), so that the daily job of
     * several replicas decides about one action's notice one at a time.
     */
    public static Optional<Action> forNotice(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
