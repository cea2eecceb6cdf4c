package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.UUID;
import scot.quads.rubric.service.EvaluationService.EvaluationView;

/** A council's self-evaluation as a file to download: CSV for data, XLSX to work in, PDF for committee papers. */
@ApplicationScoped
public class EvaluationExports {

    public enum Format {
        CSV, XLSX, PDF
    }

    /** The file's bytes, media type and the name to offer it under. */
    public record Export(byte[] content, String mediaType, String fileName) {
    }

    private final EvaluationService evaluations;
    private final Clock clock;

    public EvaluationExports(EvaluationService evaluations, Clock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
    }

    public Export export(UUID cycleId, String councilCode, Format format) {
        EvaluationView view = evaluations.view(cycleId, councilCode);
        ExportCover cover = ExportCover.of(view, ZonedDateTime.now(clock));
        return switch (format) {
            case XLSX -> new Export(EvaluationXlsx.of(view, cover), EvaluationXlsx.MEDIA_TYPE, cover.fileName("xlsx"));
            case PDF -> new Export(EvaluationPdf.of(view, cover), EvaluationPdf.MEDIA_TYPE, cover.fileName("pdf"));
            case CSV -> new Export(("\uFEFF" + EvaluationCsv.of(view)).getBytes(StandardCharsets.UTF_8),
                    "text/csv; charset=UTF-8", cover.fileName("csv"));
        };
    }
}
