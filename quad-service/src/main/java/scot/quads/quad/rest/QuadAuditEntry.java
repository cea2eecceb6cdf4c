package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import scot.quads.quad.QuadAudit;

/** One change to a quad as the audit trail shows it: who, when, what, and the members before and after. */
public record QuadAuditEntry(String action, OffsetDateTime at, String by, List<String> membersBefore,
        List<String> membersAfter, List<String> joined, List<String> left, List<FieldChange> changes) {

    public record FieldChange(String field, String from, String to) {
    }

    static QuadAuditEntry of(QuadAudit audit) {
        List<String> joined = audit.newMembers.stream().filter(code -> !audit.oldMembers.contains(code)).toList();
        List<String> left = audit.oldMembers.stream().filter(code -> !audit.newMembers.contains(code)).toList();
        return new QuadAuditEntry(audit.action, audit.changedAt, audit.changedBy, audit.oldMembers, audit.newMembers,
                joined, left, audit.changes.stream().map(c -> new FieldChange(c.field(), c.from(), c.to())).toList());
    }
}
