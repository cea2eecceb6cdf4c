package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * A learning-partner introduction: a council's user asked a partner of its quad about one rubric item, with both
 * councils' levels as they stood then. Written once; its {@link IntroductionMessage}s are the thread.
 */
@Entity
@Table(name = "introduction")
public class Introduction extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "item_prompt")
    public String itemPrompt;
    @Column(name = "asker_council")
    public String askerCouncil;
    @Column(name = "asker_level")
    public Integer askerLevel;
    @Column(name = "partner_council")
    public String partnerCouncil;
    @Column(name = "partner_level")
    public Integer partnerLevel;
    @Column(name = "asked_by")
    public String askedBy;
    @Column(name = "asked_at")
    public OffsetDateTime askedAt;

    /** Whether a user of this council is one of the two sides. */
    public boolean involves(String councilCode) {
        return councilCode != null
                && (askerCouncil.equalsIgnoreCase(councilCode) || partnerCouncil.equalsIgnoreCase(councilCode));
    }

    /** The quad's introductions, newest first; read only. */
    public static List<Introduction> ofQuad(UUID quadId) {
        return find("quadId = ?1 order by askedAt desc, id", quadId).withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }
}
