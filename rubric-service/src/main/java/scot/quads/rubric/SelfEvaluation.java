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
 * One council's self-evaluation in one cycle, shared by that council's editors. Saving an answer holds a share lock
 * on its row, so editors saving different answers never wait for one another; a change of the whole evaluation
 * (submit, return, recall, carry forward) holds the exclusive lock, so it waits for the saves in flight and every
 * later save sees it.
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
    /**
     * Bumped by every change of the whole evaluation under its exclusive lock; the evaluation's ETag adds its
     * answers' versions, so that a save changes it without writing this row.
     */
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
        start(cycleId, councilCode, by);
        return lock(cycleId, councilCode).orElseThrow();
    }

    private static void start(UUID cycleId, String councilCode, String by) {
        getEntityManager().createNativeQuery("""
                INSERT INTO self_evaluation (id, cycle_id, council_code, state, created_by)
                VALUES (?1, ?2, ?3, 'draft', ?4)
                ON CONFLICT (cycle_id, council_code) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, cycleId)
                .setParameter(3, councilCode)
                .setParameter(4, by)
                .executeUpdate();
    }
}
