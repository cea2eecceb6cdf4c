package scot.quads.rubric.service;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.service.EvaluationService.EvaluationView;

/**
 * What every download of a self-evaluation says about itself, so that a page printed for a committee paper cannot
 * be mistaken: whose it is and for which cycle (by name, never a code), which rubric version it answers, whether it
 * is a DRAFT (anything not submitted) or the submitted return and when, and when the file was made.
 *
 * @param title "Glasgow City – self-evaluation 2026-27", also the file's name before its extension
 * @param status "DRAFT – not submitted" or "Submitted on 3 March 2027"
 * @param generatedOn "Generated on 6 December 2026 at 18:20 (UK time)"
 */
public record ExportCover(String title, String framework, boolean draft, String status, String generatedOn) {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** The cover of the view's export, made at {@code now} (in the service's time zone). */
    public static ExportCover of(EvaluationView view, ZonedDateTime now) {
        String title = view.council().name + " \u2013 self-evaluation " + view.cycle().name;
        String framework = view.content().framework().title + ", version " + view.content().version().number
                + " \u2013 " + view.content().version().label;
        SelfEvaluation evaluation = view.evaluation();
        boolean submitted = evaluation != null && evaluation.isSubmitted();
        String status;
        if (submitted) {
            status = evaluation.submittedAt == null ? "Submitted"
                    : "Submitted on " + DATE.format(evaluation.submittedAt.atZoneSameInstant(now.getZone()));
        } else if (evaluation != null && evaluation.isReturned()) {
            status = "DRAFT \u2013 returned by ADES for revision, not yet submitted again";
        } else {
            status = "DRAFT \u2013 not submitted";
        }
        return new ExportCover(title, framework, !submitted, status,
                "Generated on " + DATE.format(now) + " at " + TIME.format(now) + " (UK time)");
    }

    /** The file's name: the title and the extension. */
    public String fileName(String extension) {
        return title + "." + extension;
    }
}
