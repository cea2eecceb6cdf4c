package scot.quads.rubric.rest;

import java.util.List;
import java.util.UUID;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.service.VersionDiff;

/**
 * What changed from version {@code from} to version {@code to}, question by question ({@code added},
 * {@code removed}, {@code changed}) and quality indicator by quality indicator ({@code indicators}).
 */
public record VersionDiffRepresentation(VersionRef from, VersionRef to, List<VersionDiff.Entry> added,
        List<VersionDiff.Entry> removed, List<VersionDiff.Entry> changed, VersionDiff.Indicators indicators) {

    public record VersionRef(UUID id, int number, String label, String status) {
        static VersionRef of(FrameworkVersion version) {
            return new VersionRef(version.id, version.number, version.label, version.status.wire());
        }
    }

    static VersionDiffRepresentation of(FrameworkVersion from, FrameworkVersion to, VersionDiff diff) {
        return new VersionDiffRepresentation(VersionRef.of(from), VersionRef.of(to), diff.added(), diff.removed(),
                diff.changed(), diff.indicators());
    }
}
