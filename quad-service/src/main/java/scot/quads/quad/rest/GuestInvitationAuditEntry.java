package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.GuestInvitationAudit;

/**
 * One invitation, change of the agenda items it shares, or revocation as the audit trail shows it: what
 * ({@code invited}, {@code shared}, {@code revoked}), of whom, by whom and when, and the items shared from then on.
 */
public record GuestInvitationAuditEntry(UUID invitationId, String action, String email, OffsetDateTime at,
        String by, List<UUID> itemIds) {

    static GuestInvitationAuditEntry of(GuestInvitationAudit audit) {
        return new GuestInvitationAuditEntry(audit.invitationId, audit.action, audit.email, audit.changedAt,
                audit.changedBy, List.copyOf(audit.itemIds));
    }
}
