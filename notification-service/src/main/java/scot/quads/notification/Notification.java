package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Something one audience was told, with what it concerns and where in the portal to look. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;
    public String audience;
    public String type;
    public String title;
    public String body;
    public String link;
    @Column(name = "council_code")
    public String councilCode;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /**
     * The same event told to the same audience as the same type always has the same id, so telling it again is a
     * no-op (one event may tell one audience two things, such as a confirmation and "everyone has submitted").
     */
    public static UUID idFor(String sourceEventId, Audience audience, String type) {
        return UUID.nameUUIDFromBytes((sourceEventId + "\n" + audience.key() + "\n" + type)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static Notification of(Notice notice, String sourceEventId, OffsetDateTime createdAt) {
        Notification notification = new Notification();
        notification.id = idFor(sourceEventId, notice.audience(), notice.type());
        notification.audience = notice.audience().key();
        notification.type = notice.type();
        notification.title = notice.title();
        notification.body = notice.body();
        notification.link = notice.link();
        notification.councilCode = notice.councilCode();
        notification.cycleId = notice.cycleId();
        notification.sourceEventId = sourceEventId;
        notification.createdAt = createdAt;
        return notification;
    }

    /** The notification if it is addressed to one of these audiences; otherwise, as far as the caller knows, none. */
    public static Optional<Notification> findFor(UUID id, List<String> audiences) {
        return find("id = ?1 and audience in ?2", id, audiences).firstResultOptional();
    }
}
