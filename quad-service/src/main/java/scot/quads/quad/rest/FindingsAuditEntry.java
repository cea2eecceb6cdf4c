package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.findings.FindingsAudit;
import scot.quads.quad.findings.FindingsReport;

/**
 * One change to a findings report: which edition, what was done (drafted, section-edited, agreed,
 * agreement-withdrawn, published, superseded, correction-started), by whom and when; for an edited section, its
 * paragraphs' texts before and after.
 */
public record FindingsAuditEntry(UUID reportId, String action, String section, List<String> before,
        List<String> after, OffsetDateTime at, String by) {

    static FindingsAuditEntry of(FindingsAudit audit) {
        return new FindingsAuditEntry(audit.reportId, audit.action, audit.section, texts(audit.before),
                texts(audit.after), audit.changedAt, audit.changedBy);
    }

    private static List<String> texts(List<FindingsReport.Paragraph> paragraphs) {
        return paragraphs == null ? null : paragraphs.stream().map(FindingsReport.Paragraph::text).toList();
    }
}
