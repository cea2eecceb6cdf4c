package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.LockMode;
import org.hibernate.Locking;
import org.hibernate.StatelessSession;

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
     * When the submission was first shown to the council's quad partners (its cycle's reveal rule fired); null while
     * it never was. Written only by {@link scot.quads.rubric.repository.QuadMembership}, in the statement that
     * decides it, so the entity never writes it back.
     */
    @Column(name = "shown_to_partners_at", insertable = false, updatable = false)
    public OffsetDateTime shownToPartnersAt;
    /**
     * Bumped at flush by every change of the whole evaluation, made under its exclusive lock; the evaluation's ETag
     * adds its answers' versions, so that a save changes it without writing this row.
     */
    @Version
    public long version;

    public boolean isSubmitted() {
        return SUBMITTED.equals(state);
    }

    /** Whether the submission was ever shown to quad partners: then it cannot be recalled. */
    public boolean wasShownToPartners() {
        return shownToPartnersAt != null;
    }

    public boolean isReturned() {
        return RETURNED.equals(state);
    }

    public static Optional<SelfEvaluation> of(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2", cycleId, councilCode).firstResultOptional();
    }

    /** The council's evaluations, the newest first (by when each was started). */
    public static List<SelfEvaluation> ofCouncil(String councilCode) {
        return list("councilCode = ?1 order by createdAt desc", councilCode);
    }

    /** The evaluation, locked exclusively for the rest of the transaction. */
    public static Optional<SelfEvaluation> lock(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2", cycleId, councilCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The evaluation's row, created as a draft if this is its first change; locked for the rest of the transaction. */
    public static SelfEvaluation lockOrStart(UUID cycleId, String councilCode, String by) {
        Optional<SelfEvaluation> existing = lock(cycleId, councilCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        start(cycleId, councilCode, by);
        return lock(cycleId, councilCode).orElseThrow();
    }

    /**
     * Creates the council's evaluation as a draft unless it exists: two editors' first saves at once both find the
     * one row afterwards, instead of one of them failing on the unique key.
     */
    public static void start(UUID cycleId, String councilCode, String by) {
        getEntityManager().createQuery("""
                insert into SelfEvaluation (id, cycleId, councilCode, state, createdBy)
                values (:id, :cycle, :council, :state, :by)
                on conflict do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("cycle", cycleId)
                .setParameter("council", councilCode)
                .setParameter("state", DRAFT)
                .setParameter("by", by)
                .executeUpdate();
    }

    /** What a save of one answer works on: the evaluation, its cycle, and the answer if the question has one. */
    public record ForSave(SelfEvaluation evaluation, Cycle cycle, Answer answer) {
    }

    /**
     * The council's evaluation in the cycle with its cycle and its answer to the question, in one query through the
     * autosave's stateless session (the rows come back detached), the evaluation's row share-locked for the rest of
     * the transaction (so a submit, return or recall waits for the save, and a save that waited sees it) and nothing
     * else locked; the council may be named by its legacy code. {@code indicator}: the code names a quality indicator
     * answered as a whole, not a question. Empty when there is no such cycle or council, or the
     * council has saved nothing in the cycle yet.
     */
    public static Optional<ForSave> shareForSave(StatelessSession autosave, UUID cycleId, String councilCode,
            String questionCode, boolean indicator) {
        String code = Council.normalise(councilCode);
        return autosave.createSelectionQuery("""
                select e, c, a from SelfEvaluation e
                join Cycle c on c.id = e.cycleId
                join Council k on k.gssCode = e.councilCode
                left join Answer a on a.evaluation = e and a.questionCode = :question and a.%s is not null
                where e.cycleId = :cycle and (k.gssCode = :code or k.legacyGssCode = :code)
                order by case when k.gssCode = :code then 0 else 1 end""".formatted(
                        indicator ? "indicatorId" : "questionId"), ForSave.class)
                .setParameter("question", questionCode)
                .setParameter("cycle", cycleId)
                .setParameter("code", code)
                .setHibernateLockMode(LockMode.PESSIMISTIC_READ)
                .setLockScope(Locking.Scope.ROOT_ONLY)
                .setMaxResults(1)
                .uniqueResultOptional();
    }
}
