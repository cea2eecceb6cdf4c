package scot.quads.authority.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.authority.CouncilContact;

/** A council contact as the API shows it. */
public record ContactRepresentation(UUID id, String gssCode, String name, String email, String role,
        List<String> notifications, OffsetDateTime updatedAt, String updatedBy) {

    static ContactRepresentation of(CouncilContact contact) {
        return new ContactRepresentation(contact.id, contact.gssCode, contact.name, contact.email, contact.role,
                contact.notificationList(), contact.updatedAt, contact.updatedBy);
    }
}
