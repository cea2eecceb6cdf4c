package scot.quads.quad.export;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** The file's bytes, media type and suggested name. */
    public record Export(byte[] content, String mediaType, String fileName) {
    }

    private final ComparisonService comparisons;

    public ComparisonExportService(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    public Export export(UUID quadId, Format format) {
        Comparison comparison = comparisons.compare(quadId);
        if (!comparison.reveal().revealed()) {
            throw ProblemException.conflict("There is nothing to export yet: " + comparison.reveal().explanation());
        }
        String name = "quad-comparison-" + comparison.quad().id();
        return switch (format) {
            case PDF -> new Export(ComparisonPdf.of(comparison), ComparisonPdf.MEDIA_TYPE, name + ".pdf");
            case XLSX -> new Export(ComparisonXlsx.of(comparison), ComparisonXlsx.MEDIA_TYPE, name + ".xlsx");
        };
    }
}
