package scot.quads.quad.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.UUID;
import scot.quads.quad.comparison.Comparison;
import scot.quads.quad.comparison.ComparisonService;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.work.ActionService;
import scot.quads.quad.work.CommentService;
import scot.quads.quad.work.SessionService;
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
    private final SessionService sessions;
    private final CommentService comments;
    private final ActionService actions;
    private final QuadConfig config;

    public ComparisonExportService(ComparisonService comparisons, Clock clock, SessionService sessions,
            CommentService comments, ActionService actions, QuadConfig config) {
        this.comparisons = comparisons;
        this.clock = clock;
        this.sessions = sessions;
        this.comments = comments;
        this.actions = actions;
        this.config = config;
    }

    public Export export(UUID quadId, Format format) {
        Comparison comparison = comparisons.compare(quadId);
        if (!comparison.reveal().revealed()) {
            throw ProblemException.conflict("There is nothing to export yet: " + comparison.reveal().explanation());
        }
        ComparisonCover cover = ComparisonCover.of(comparison, ZonedDateTime.now(clock));
        // The comment threads as the caller may read them (a thread about a council whose answers are not shown to
        // the caller is left out, as on the question pages).
        QuadWork work = new QuadWork(sessions.ofQuad(quadId).stream().map(SessionService.SessionView::session)
                .toList(), comments.threads(quadId, null, null), actions.ofQuad(quadId), config.timeZone());
        return switch (format) {
            case PDF -> new Export(ComparisonPdf.of(comparison, cover, work), ComparisonPdf.MEDIA_TYPE,
                    cover.fileName("pdf"));
            case XLSX -> new Export(ComparisonXlsx.of(comparison, cover, work), ComparisonXlsx.MEDIA_TYPE,
                    cover.fileName("xlsx"));
        };
    }
}
