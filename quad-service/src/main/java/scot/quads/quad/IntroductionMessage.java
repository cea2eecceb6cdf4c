package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** One message in an introduction's thread: the question that opened it, or a reply from either council. */
@Entity
@Table(name = "introduction_message")
public class IntroductionMessage extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "introduction_id")
    public UUID introductionId;
    public String author;
    @Column(name = "author_email")
    public String authorEmail;
    @Column(name = "author_council")
    public String authorCouncil;
    public String text;
    @Column(name = "posted_at")
    public OffsetDateTime postedAt;

    /** The thread's messages, oldest first; read only. */
    public static List<IntroductionMessage> inThread(UUID introductionId) {
        return find("introductionId = ?1 order by postedAt, id", introductionId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The messages of these threads, oldest first; read only. */
    public static List<IntroductionMessage> inThreads(Collection<UUID> introductionIds) {
        if (introductionIds.isEmpty()) {
            return List.of();
        }
        return find("introductionId in ?1 order by postedAt, id", introductionIds)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
