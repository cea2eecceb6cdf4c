package scot.quads.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One notification's way to one person by mail: sent now, or gathered into their daily digest. */
public class Delivery {

    public static final String EMAIL = "email";
    public static final String DIGEST = "digest";
    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    public Long id;
    public String eventId;
    public UUID notificationId;
    public String recipient;
    public String channel;
    public String status;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public String lastError;
    public String subject;
    public String textBody;
    public String htmlBody;
    public OffsetDateTime createdAt;
    public OffsetDateTime sentAt;
}
