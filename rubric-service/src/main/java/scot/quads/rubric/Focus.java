package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A council's focus for a cycle: what it chose to improve (the area), its overarching focus question, up to six key
 * questions, and the quality indicators, questions and context indicators it relates to. The council's editors
 * draft it and propose it to ADES, who agrees it or sends it back with a comment; changing it after it was proposed
 * or agreed makes it a draft again. {@code version} is its ETag and optimistic lock (1 at the first save; 0 stands
 * for no focus yet).
 */
@Entity
@Table(name = "council_focus")
public class Focus extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String PROPOSED = "proposed";
    public static final String AGREED = "agreed";
    public static final String SENT_BACK = "sent-back";
    /** The most key questions a focus has. */
    public static final int MAX_KEY_QUESTIONS = 6;

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "council_code")
    public String councilCode;
    public String area;
    @Column(name = "focus_question")
    public String focusQuestion;
    @Column(name = "key_questions")
    @Convert(converter = JsonStrings.class)
    public List<String> keyQuestions;
    @Convert(converter = JsonStrings.class)
    public List<String> indicators;
    @Convert(converter = JsonStrings.class)
    public List<String> questions;
    @Column(name = "context_indicators")
    @Convert(converter = JsonStrings.class)
    public List<String> contextIndicators;
    public String state;
    /** ADES's comment when it last agreed the focus or sent it back. */
    @Column(name = "ades_comment")
    public String adesComment;
    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public boolean isAgreed() {
        return AGREED.equals(state);
    }

    public boolean isProposed() {
        return PROPOSED.equals(state);
    }

    public static Optional<Focus> of(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2", cycleId, councilCode).firstResultOptional();
    }

    /** The focus, locked for the rest of the transaction. */
    public static Optional<Focus> lock(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2", cycleId, councilCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every council's focus in a cycle, by council. */
    public static List<Focus> ofCycle(UUID cycleId) {
        return list("cycleId = ?1 order by councilCode", cycleId);
    }
}
