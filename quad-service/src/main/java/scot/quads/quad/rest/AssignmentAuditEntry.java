package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import scot.quads.quad.AssignmentAudit;

/** One assignment or revocation as the audit trail shows it: what, to whom, where, by whom and when. */
public record AssignmentAuditEntry(UUID assignmentId, String action, String role, String username, UUID quadId,
        String councilCode, OffsetDateTime at, String by) {

    static AssignmentAuditEntry of(AssignmentAudit audit) {
        return new AssignmentAuditEntry(audit.assignmentId, audit.action, audit.role, audit.username, audit.quadId,
                audit.councilCode, audit.changedAt, audit.changedBy);
    }
}
