package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One item of a session's agenda: a rubric item (a question of the cycle's rubric), a key question of a member council
 * (its words), or a free topic; and its outcome once discussed: the strengths and the areas for improvement the quad
 * agreed. Actions raised from it are {@link SessionItemAction}s.
 */
@Entity
@Table(name = "quad_session_item")
public class SessionItem extends PanacheEntityBase {

    public static final String RUBRIC_ITEM = "rubric-item";
    public static final String KEY_QUESTION = "key-question";
    public static final String TOPIC = "topic";
    public static final List<String> KINDS = List.of(RUBRIC_ITEM, KEY_QUESTION, TOPIC);

    @Id
    public UUID id;
    @Column(name = "session_id")
    public UUID sessionId;
    public int position;
    public String kind;
    @Column(name = "question_code")
    public String questionCode;
    public String council;
    public String title;
    public String strengths;
    public String improvements;
    @Column(name = "outcome_by")
    public String outcomeBy;
    @Column(name = "outcome_at")
    public OffsetDateTime outcomeAt;
    @Version
    public int version;

    /** The same item of an agenda: same kind and same question, council and words. */
    public boolean sameAs(SessionItem other) {
        return kind.equals(other.kind) && java.util.Objects.equals(questionCode, other.questionCode)
                && java.util.Objects.equals(council, other.council) && java.util.Objects.equals(title, other.title);
    }

    public boolean hasOutcome() {
        return strengths != null || improvements != null;
    }

    /** A session's items in agenda order. */
    public static List<SessionItem> ofSession(UUID sessionId) {
        return list("from SessionItem i where i.sessionId = ?1 order by i.position", sessionId);
    }

    /** The items of several sessions, in agenda order within each. */
    public static List<SessionItem> ofSessions(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return list("from SessionItem i where i.sessionId in ?1 order by i.sessionId, i.position", sessionIds);
    }
}
