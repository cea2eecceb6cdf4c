package scot.quads.rubric.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One item of an evidence pack: a file ({@code kind} file: its name, detected media type, size, SHA-256 and where
 * to download it) or a link ({@code kind} link: its https address), with what it supports. {@code shared}: it was
 * in a submitted pack, so it no longer changes. {@code version} is its ETag.
 */
public record EvidenceRepresentation(UUID id, UUID cycleId, String councilCode, String kind, String title,
        String description, LocalDate date, String url, String fileName, String mediaType, Long sizeBytes,
        String sha256, String contentPath, List<String> questions, List<String> indicators, List<String> swotItems,
        List<Integer> keyQuestions, boolean shared, OffsetDateTime sharedAt, long version, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime updatedAt, String updatedBy) {

    static EvidenceRepresentation of(EvidenceItem item) {
        boolean file = item.isFile();
        return new EvidenceRepresentation(item.id, item.cycleId, item.councilCode, item.kind, item.title,
                item.description, item.date, item.url, item.fileName, item.mediaType, file ? item.sizeBytes : null,
                item.sha256, file ? "/cycles/" + item.cycleId + "/evaluations/" + item.councilCode + "/evidence/"
                        + item.id + "/content" : null,
                item.questions, item.indicators, item.swotItems, item.keyQuestions, item.isShared(), item.sharedAt,
                item.version, item.createdAt, item.createdBy, item.updatedAt, item.updatedBy);
    }

    /**
     * A council's pack as the caller may see it. {@code shown} is false for a quad partner before the cycle's
     * reveal rule shows the council's answers ({@code explanation} says when), and {@code items} is then empty.
     * {@code mayChange}: the caller's council may add and remove items now.
     */
    public record Pack(UUID cycleId, String cycleName, String councilCode, String councilName, boolean shown,
            String explanation, boolean mayChange, long usedBytes, long quotaBytes, long maxFileBytes,
            List<String> acceptedTypes, List<EvidenceRepresentation> items) {

        static Pack of(EvidenceService.PackView view) {
            return new Pack(view.cycle().id, view.cycle().name, view.council().gssCode, view.council().name,
                    view.shown(), view.explanation(), view.mayChange(), view.usedBytes(), view.quotaBytes(),
                    view.maxFileBytes(), EvidenceTypes.ALLOWED.keySet().stream().sorted().toList(),
                    view.items().stream().map(EvidenceRepresentation::of).toList());
        }
    }
}
