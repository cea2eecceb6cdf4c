package scot.quads.rubric;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One council's self-evaluation in one cycle, shared by that council's editors. Saving an answer holds a share lock
 * on its row, so editors saving different answers never wait for one another; a change of the whole evaluation
 * (submit, return, recall, carry forward) holds the exclusive lock, so it waits for the saves in flight and every
 * later save sees it.
 */
public class SelfEvaluation {

    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    /** Submitted, then returned by ADES for revision: editable again, even after the deadline. */
    public static final String RETURNED = "returned";
    /** What the API shows for a council that has saved nothing yet (there is no row). */
    public static final String NOT_STARTED = "not-started";

    public UUID id;
    public UUID cycleId;
    public String councilCode;
    public String state;
    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime updatedAt;
    public OffsetDateTime submittedAt;
    public String submittedBy;
    public OffsetDateTime returnedAt;
    public String returnedBy;
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
}
