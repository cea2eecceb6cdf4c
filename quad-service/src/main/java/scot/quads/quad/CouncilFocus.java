package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/**
 * A council's focus for a cycle as rubric-service last announced it: its area, focus question and key questions,
 * and whether ADES has agreed it. Kept to pre-fill the focus section of the council's findings report.
 */
@Entity
@Table(name = "council_focus")
public class CouncilFocus extends PanacheEntityBase {

    public static final String AGREED = "agreed";

    @Id
    @Column(name = "focus_id")
    public UUID focusId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "council_code")
    public String councilCode;
    public String state;
    public String area;
    @Column(name = "focus_question")
    public String focusQuestion;
    @Column(name = "key_questions")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> keyQuestions = new ArrayList<>();
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Version
    public int version;

    /** The council's agreed focus for the cycle, if ADES has agreed one; read only. */
    public static Optional<CouncilFocus> agreed(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2 and state = ?3 order by changedAt desc", cycleId,
                councilCode, AGREED).withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional();
    }
}
