package scot.quads.contract.payload;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Every contact of one council as it now stands (event-carried state transfer: replace, don't merge). */
public record CouncilContactsV1(String gssCode, List<Contact> contacts) {

    public CouncilContactsV1 {
        Objects.requireNonNull(gssCode, "gssCode");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A person to notify; {@code notifications} are the notification types they want by default. */
    public record Contact(UUID id, String name, String email, String role, List<String> notifications) {
        public Contact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(email, "email");
            notifications = notifications == null ? List.of() : List.copyOf(notifications);
        }
    }
}
