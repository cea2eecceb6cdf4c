package scot.quads.rubric.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.service.FrameworkService.FrameworkVersions;

/** A framework with a line per version. */
public record FrameworkRepresentation(UUID id, String code, String title, String description,
        List<VersionSummary> versions) {

    public record VersionSummary(UUID id, int number, String label, String status, OffsetDateTime publishedAt) {
        static VersionSummary of(FrameworkVersion version) {
            return new VersionSummary(version.id, version.number, version.label, version.status.wire(),
                    version.publishedAt);
        }
    }

    static FrameworkRepresentation of(FrameworkVersions framework) {
        return new FrameworkRepresentation(framework.framework().id, framework.framework().code,
                framework.framework().title, framework.framework().description,
                framework.versions().stream().map(VersionSummary::of).toList());
    }
}
