package scot.quads.quad.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.GuestInvitation;

/**
 * An invitation as its quad's session planners see it, with the agenda items shared with the guest; {@code status}
 * is {@code live}, {@code expired} (past {@code expiresOn}) or {@code revoked}.
 */
public record GuestInvitationRepresentation(UUID id, UUID quadId, String name, String email, String organisation,
        LocalDate expiresOn, List<UUID> sessionIds, List<UUID> itemIds, String note, String status,
        OffsetDateTime invitedAt, String invitedBy, OffsetDateTime revokedAt, String revokedBy, int version) {

    static GuestInvitationRepresentation of(GuestInvitation invitation, LocalDate today) {
        String status = invitation.revokedAt != null ? "revoked" : invitation.liveOn(today) ? "live" : "expired";
        return new GuestInvitationRepresentation(invitation.id, invitation.quadId, invitation.name,
                invitation.email, invitation.organisation, invitation.expiresOn, List.copyOf(invitation.sessionIds),
                List.copyOf(invitation.itemIds), invitation.note, status, invitation.invitedAt, invitation.invitedBy,
                invitation.revokedAt, invitation.revokedBy, invitation.version);
    }
}
