package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.findings.FindingsReport;
import scot.quads.quad.findings.FindingsService.ReportView;

/**
 * An edition of a council's findings report as the people drafting it read it: every section's paragraphs with
 * where each pre-filled one came from, who has agreed it, what it still needs before publication, and the
 * council's editions of the report for the cycle.
 */
public record FindingsRepresentation(UUID id, UUID quadId, UUID cycleId, String cycleName, String councilCode,
        String councilName, int edition, String state, UUID supersedes, UUID supersededBy, String correctionReason,
        List<SectionView> sections, Agreement councilAgreement, Agreement adesAgreement, OffsetDateTime publishedAt,
        String publishedBy, List<Missing> missingForPublication, List<Edition> editions, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime updatedAt, String updatedBy, int version) {

    public record SectionView(String key, String title, List<ParagraphView> paragraphs) {
    }

    /** {@code source}: where a pre-filled paragraph came from; null for one a person wrote. */
    public record ParagraphView(UUID id, String text, SourceView source, boolean edited) {
    }

    /** {@code kind}: statement-context, statement-summary, swot, answer-strengths, answer-areas, answer-next-steps,
     * partner-strengths, session, quad or action; {@code id}: the item's id there. */
    public record SourceView(String kind, String id, String label) {
    }

    public record Agreement(String by, OffsetDateTime at) {
    }

    /** An agreement still needed: {@code field} councilAgreement or adesAgreement. */
    public record Missing(String field, String message) {
    }

    public record Edition(UUID id, int edition, String state, OffsetDateTime publishedAt) {
    }

    static FindingsRepresentation of(ReportView view) {
        FindingsReport r = view.report();
        return new FindingsRepresentation(r.id, r.quadId, r.cycleId, r.cycleName, r.councilCode, r.councilName,
                r.edition, r.state, r.supersedes, r.supersededBy, r.correctionReason, sections(r),
                r.councilAgreedAt == null ? null : new Agreement(r.councilAgreedBy, r.councilAgreedAt),
                r.adesAgreedAt == null ? null : new Agreement(r.adesAgreedBy, r.adesAgreedAt), r.publishedAt,
                r.publishedBy, view.missing().stream().map(m -> new Missing(m.field(), m.message())).toList(),
                view.editions().stream().map(e -> new Edition(e.id, e.edition, e.state, e.publishedAt)).toList(),
                r.createdAt, r.createdBy, r.updatedAt, r.updatedBy, r.version);
    }

    static List<SectionView> sections(FindingsReport report) {
        return report.sections.stream().map(s -> new SectionView(s.key(), s.title(), s.paragraphs().stream()
                .map(p -> new ParagraphView(p.id(), p.text(), p.source() == null ? null
                        : new SourceView(p.source().kind(), p.source().id(), p.source().label()), p.edited()))
                .toList())).toList();
    }
}
