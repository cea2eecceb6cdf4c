package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import scot.quads.quad.GuestInvitationAudit;

/** One invitation or revocation as the audit trail shows it: what, of whom, by whom and when. */
public record GuestInvitationAuditEntry(UUID invitationId, String action, String email, OffsetDateTime at,
        String by) {

    static GuestInvitationAuditEntry of(GuestInvitationAudit audit) {
        return new GuestInvitationAuditEntry(audit.invitationId, audit.action, audit.email, audit.changedAt,
                audit.changedBy);
    }
}
