package scot.quads.quad.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.UUID;
import scot.quads.quad.comparison.Comparison;
import scot.quads.quad.comparison.ComparisonService;
import scot.quads.support.problem.ProblemException;

/** The comparison as a file; nothing is exported before the caller may see answers. */
@ApplicationScoped
public class ComparisonExportService {

    public enum Format {
        PDF, XLSX
    }

    /** The file's bytes, media type and the name to offer it under ("<quad> – quad comparison <cycle>.pdf"). */
    public record Export(byte[] content, String mediaType, String fileName) {
    }

    private final ComparisonService comparisons;
    private final Clock clock;

    public ComparisonExportService(ComparisonService comparisons, Clock clock) {
        this.comparisons = comparisons;
        this.clock = clock;
    }

    public Export export(UUID quadId, Format format) {
        Comparison comparison = comparisons.compare(quadId);
        if (!comparison.reveal().revealed()) {
            throw ProblemException.conflict("There is nothing to export yet: " + comparison.reveal().explanation());
        }
        ComparisonCover cover = ComparisonCover.of(comparison, ZonedDateTime.now(clock));
        return switch (format) {
            case PDF -> new Export(ComparisonPdf.of(comparison, cover), ComparisonPdf.MEDIA_TYPE,
                    cover.fileName("pdf"));
            case XLSX -> new Export(ComparisonXlsx.of(comparison, cover), ComparisonXlsx.MEDIA_TYPE,
                    cover.fileName("xlsx"));
        };
    }
}
