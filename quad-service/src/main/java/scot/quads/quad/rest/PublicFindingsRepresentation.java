package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.findings.FindingsReport;

/**
 * A published edition of a council's findings report as anyone may read it: its text, section by section, and
 * whether a later edition corrected it. Who drafted, agreed and published it, and where the paragraphs came from,
 * stay with the people who drafted it.
 */
public record PublicFindingsRepresentation(UUID id, String councilCode, String councilName, String cycleName,
        int edition, String state, OffsetDateTime publishedAt, UUID supersedes, UUID supersededBy,
        OffsetDateTime supersededAt, String correctionReason, List<PublicSection> sections, int version) {

    public record PublicSection(String key, String title, List<String> paragraphs) {
    }

    /** One published edition in a list: enough to link to it. */
    public record Summary(UUID id, String councilCode, String councilName, String cycleName, int edition,
            String state, OffsetDateTime publishedAt, UUID supersededBy) {

        static Summary of(FindingsReport r) {
            return new Summary(r.id, r.councilCode, r.councilName, r.cycleName, r.edition, r.state, r.publishedAt,
                    r.supersededBy);
        }
    }

    static PublicFindingsRepresentation of(FindingsReport r) {
        return new PublicFindingsRepresentation(r.id, r.councilCode, r.councilName, r.cycleName, r.edition, r.state,
                r.publishedAt, r.supersedes, r.supersededBy, r.supersededAt, r.correctionReason,
                r.sections.stream().map(s -> new PublicSection(s.key(), s.title(),
                        s.paragraphs().stream().map(FindingsReport.Paragraph::text).toList())).toList(), r.version);
    }
}
