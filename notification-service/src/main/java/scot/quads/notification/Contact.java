package scot.quads.notification;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A person the authority service lists for a council, with the notification types they want by default
 * ({@code notifications}: space-separated).
 */
public record Contact(String councilCode, UUID contactId, String name, String email, String role,
        String notifications) {

    public List<String> defaultTypes() {
        return notifications == null || notifications.isBlank() ? List.of()
                : Arrays.asList(notifications.trim().split("\\s+"));
    }
}
