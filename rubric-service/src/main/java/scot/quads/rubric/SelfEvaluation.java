package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

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

    /** Locked against a change of the whole evaluation, not against other saves (SELECT ... FOR SHARE). */
    public static Optional<SelfEvaluation> share(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2", cycleId, councilCode)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    /**
     * What saving one answer needs, in one statement: the evaluation share-locked (as {@link #share}) with its
     * cycle's state. Empty when the council has saved nothing in the cycle yet, or is named by a code its
     * evaluation is not filed under (a legacy GSS code): the save then reads the cycle and the council on their own.
     */
    public static Optional<ForSave> shareForSave(UUID cycleId, String councilCode) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery("""
                SELECT e.id, e.state, e.submitted_at, c.name, c.rubric_version_id, c.state AS cycle_state,
                       c.submission_deadline
                  FROM self_evaluation e JOIN cycle c ON c.id = e.cycle_id
                 WHERE e.cycle_id = ?1 AND e.council_code = ?2
                   FOR SHARE OF e""").unwrap(NativeQuery.class);
        List<Object[]> rows = query.addScalar("id", UUID.class).addScalar("state", String.class)
                .addScalar("submitted_at", OffsetDateTime.class).addScalar("name", String.class)
                .addScalar("rubric_version_id", UUID.class).addScalar("cycle_state", String.class)
                .addScalar("submission_deadline", LocalDate.class)
                .setParameter(1, cycleId).setParameter(2, councilCode).getResultList();
        return rows.stream().findFirst().map(row -> new ForSave((UUID) row[0], cycleId, councilCode,
                (String) row[1], (OffsetDateTime) row[2], (String) row[3], (UUID) row[4], (String) row[5],
                (LocalDate) row[6]));
    }

    /** The same for an evaluation and a cycle already read as entities (a council's first save). */
    public static ForSave forSave(SelfEvaluation evaluation, Cycle cycle) {
        return new ForSave(evaluation.id, cycle.id, evaluation.councilCode, evaluation.state, evaluation.submittedAt,
                cycle.name, cycle.rubricVersionId, cycle.state, cycle.submissionDeadline);
    }

    /** A share-locked evaluation and its cycle's state, as a save reads them; nothing here is written back. */
    public record ForSave(UUID id, UUID cycleId, String councilCode, String state, OffsetDateTime submittedAt,
            String cycleName, UUID rubricVersionId, String cycleState, LocalDate submissionDeadline) {

        public boolean isSubmitted() {
            return SUBMITTED.equals(state);
        }

        public boolean isReturned() {
            return RETURNED.equals(state);
        }

        public boolean cycleClosed() {
            return Cycle.CLOSED.equals(cycleState);
        }

        /** As {@link Cycle#deadlinePassed}: answers are accepted up to the end of the deadline day. */
        public boolean deadlinePassed(LocalDate today) {
            return Cycle.deadlinePassed(submissionDeadline, today);
        }
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

    /** Like {@link #lockOrStart}, with a share lock: for saving one answer. */
    public static SelfEvaluation shareOrStart(UUID cycleId, String councilCode, String by) {
        Optional<SelfEvaluation> existing = share(cycleId, councilCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        start(cycleId, councilCode, by);
        return share(cycleId, councilCode).orElseThrow();
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
