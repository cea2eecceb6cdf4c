package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * A quad member's comment on a partner's answer to one question, or a reply in that comment's thread. The thread's
 * first comment says what it is (a challenge or a question); its id is the thread's id.
 */
@Entity
@Table(name = "quad_comment")
public class Comment extends PanacheEntityBase {

    public static final String REPLY = "reply";
    /** The unique index that holds an author to one comment per Idempotency-Key in a quad. */
    public static final String IDEMPOTENCY_KEY_UNIQUE = "quad_comment_idempotency_key";

    @Id
    public UUID id;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "thread_id")
    public UUID threadId;
    @Column(name = "in_reply_to")
    public UUID inReplyTo;
    @Column(name = "question_code")
    public String questionCode;
    @Column(name = "about_council")
    public String aboutCouncil;
    public String kind;
    public String text;
    public String author;
    @Column(name = "author_email")
    public String authorEmail;
    @Column(name = "author_council")
    public String authorCouncil;
    @Column(name = "posted_at")
    public OffsetDateTime postedAt;
    /** The Idempotency-Key it was posted with, if any. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public boolean startsThread() {
        return inReplyTo == null;
    }

    /** The quad's comments, oldest first, optionally about one question and one council only; read only. */
    public static List<Comment> ofQuad(UUID quadId, String questionCode, String aboutCouncil) {
        StringBuilder query = new StringBuilder("quadId = :quad");
        Parameters parameters = Parameters.with("quad", quadId);
        if (questionCode != null) {
            query.append(" and questionCode = :question");
            parameters.and("question", questionCode);
        }
        if (aboutCouncil != null) {
            query.append(" and aboutCouncil = :council");
            parameters.and("council", aboutCouncil);
        }
        return find(query + " order by postedAt, id", parameters).withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** The comment this author posted in the quad with this Idempotency-Key, if any. */
    public static Optional<Comment> postedWithKey(UUID quadId, String author, String idempotencyKey) {
        return find("quadId = ?1 and author = ?2 and idempotencyKey = ?3", quadId, author, idempotencyKey)
                .firstResultOptional();
    }

    /** A thread's comments, oldest first; read only. */
    public static List<Comment> inThread(UUID threadId) {
        return find("threadId = ?1 order by postedAt, id", threadId).withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }
}
