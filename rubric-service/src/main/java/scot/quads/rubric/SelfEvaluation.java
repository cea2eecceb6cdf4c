package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One council's self-evaluation in one cycle, shared by that council's editors. Every change locks its row first,
 * so that saves by several editors, and a submit racing a save, happen one after another.
 */
@Entity
@Table(name = "self_evaluation")
public class SelfEvaluation extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    /** Submitted, then returned by ADES for revision: editable again, even after the deadline. */
    public static final String RETURNED = "returned";
    /** What the API shows for a council that has saved nothing yet (there is no row). */
    public static final String NOT_STARTED = "not-started";

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "council_code")
    public String councilCode;
    public String state;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;
    @Column(name = "returned_by")
    public String returnedBy;
    @Column(name = "return_reason")
    public String returnReason;
    /** The ETag: bumped by every change while the row is locked (so not a JPA optimistic version). */
    public long version;

    public boolean isSubmitted() {
        return SUBMITTED.equals(state);
    }

    public boolean isReturned() {
        return RETURNED.equals(state);
    }

    public static Optional<SelfEvaluation> of(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2", cycleId, councilCode).firstResultOptional();
    }

    public static Optional<SelfEvaluation> lock(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2", cycleId, councilCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The evaluation's row, created as a draft if this is its first save; locked for the rest of the transaction. */
    public static SelfEvaluation lockOrStart(UUID cycleId, String councilCode, String by) {
        Optional<SelfEvaluation> existing = lock(cycleId, councilCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        getEntityManager().createNativeQuery("""
                INSERT INTO self_evaluation (id, cycle_id, council_code, state, created_by)
                VALUES (?1, ?2, ?3, 'draft', ?4)
                ON CONFLICT (cycle_id, council_code) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, cycleId)
                .setParameter(3, councilCode)
                .setParameter(4, by)
                .executeUpdate();
        return lock(cycleId, councilCode).orElseThrow();
    }
}
