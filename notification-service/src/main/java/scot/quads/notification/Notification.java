package scot.quads.notification;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something one audience was told, with what it concerns and where in the portal to look. */
public class Notification {

    public UUID id;
    public String audience;
    public String type;
    public String title;
    public String body;
    public String link;
    public String councilCode;
    public UUID cycleId;
    public String sourceEventId;
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
}
