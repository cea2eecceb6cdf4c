package scot.quads.authority;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A person to notify at a council, with the notification types they want by default. */
public class CouncilContact {

    public UUID id;
    public String gssCode;
    public String name;
    public String email;
    public String role;
    /** Comma-separated notification types. */
    public String notifications;
    public OffsetDateTime updatedAt;
    public String updatedBy;

    public List<String> notificationList() {
        return notifications == null || notifications.isBlank() ? List.of()
                : Arrays.stream(notifications.split(",")).toList();
    }
}
