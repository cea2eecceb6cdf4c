package scot.quads.quad.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scot.quads.quad.Action;
import scot.quads.quad.Comment;
import scot.quads.quad.QuadSession;
import scot.quads.quad.work.CommentService.Thread;

/**
 * The quad's work beside its comparison in the exports: its sessions (when, where, agenda, and their notes, which
 * hold what each agreed), the comment threads the caller may read, and its actions with their improvement plan
 * fields. Each is written out as plain rows, the same in the PDF and the workbook.
 */
public record QuadWork(List<QuadSession> sessions, List<Thread> threads, List<Action> actions, ZoneId zone) {

    public static final QuadWork NONE = new QuadWork(List.of(), List.of(), List.of(), ZoneId.of("Europe/London"));

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static final List<String> SESSION_HEADINGS = List.of("When", "Where", "Agenda", "Notes and outcomes");
    public static final List<String> COMMENT_HEADINGS = List.of("Question", "About", "Kind", "Written by", "When",
            "Text");
    public static final List<String> ACTION_HEADINGS = List.of("Owner", "Action", "Questions", "Due", "Status",
            "Accountable officer", "Measure of success", "Baseline", "Target", "Indicator", "Next step it serves");

    /** The comment threads' headings; in a version graded per quality indicator a thread is about an indicator. */
    public static List<String> commentHeadings(boolean perIndicator) {
        if (!perIndicator) {
            return COMMENT_HEADINGS;
        }
        List<String> headings = new ArrayList<>(COMMENT_HEADINGS);
        headings.set(0, "Quality indicator");
        return List.copyOf(headings);
    }

    /** The actions' headings; in a version graded per quality indicator an action follows up indicators. */
    public static List<String> actionHeadings(boolean perIndicator) {
        if (!perIndicator) {
            return ACTION_HEADINGS;
        }
        List<String> headings = new ArrayList<>(ACTION_HEADINGS);
        headings.set(2, "Quality indicators");
        return List.copyOf(headings);
    }

    /** One row per session, soonest first as the quad lists them. */
    public List<List<String>> sessionRows() {
        List<List<String>> rows = new ArrayList<>();
        for (QuadSession session : sessions) {
            rows.add(List.of(WHEN.format(session.startsAt.atZoneSameInstant(zone)), text(session.location),
                    String.join(", ", session.agenda == null ? List.of() : session.agenda),
                    session.notes == null || session.notes.isBlank() ? "No notes yet" : session.notes));
        }
        return rows;
    }

    /** One row per comment: each thread's opening comment, then its replies (their kind: reply). */
    public List<List<String>> commentRows(java.util.function.Function<String, String> councilName) {
        List<List<String>> rows = new ArrayList<>();
        for (Thread thread : threads) {
            rows.add(commentRow(thread.opening(), thread.opening().kind, councilName));
            for (Comment reply : thread.replies()) {
                rows.add(commentRow(reply, "reply", councilName));
            }
        }
        return rows;
    }

    private List<String> commentRow(Comment comment, String kind, java.util.function.Function<String, String> names) {
        String by = comment.author + (comment.authorCouncil == null ? "" : " (" + names.apply(comment.authorCouncil)
                + ")");
        return List.of(text(comment.questionCode), names.apply(comment.aboutCouncil), text(kind), by,
                WHEN.format(comment.postedAt.atZoneSameInstant(zone)), text(comment.text));
    }

    /** One row per action, soonest due first. */
    public List<List<String>> actionRows(java.util.function.Function<String, String> councilName) {
        List<List<String>> rows = new ArrayList<>();
        for (Action action : actions) {
            String officer = action.officerName == null && action.officerRole == null ? ""
                    : text(action.officerName) + (action.officerRole == null ? ""
                            : (action.officerName == null ? "" : ", ") + action.officerRole);
            String indicator = action.indicatorCode == null ? "" : action.indicatorTitle + " (" + action.indicatorCode
                    + ")" + (action.indicatorValue == null ? "" : ": " + number(action.indicatorValue) + " in "
                            + action.indicatorPeriod);
            rows.add(List.of(councilName.apply(action.ownerCouncil), text(action.description),
                    String.join(", ", action.questionCodes == null ? List.of() : action.questionCodes),
                    DAY.format(action.dueDate), status(action), officer, text(action.successMeasure),
                    text(action.baseline), text(action.target), indicator, text(action.nextStepText)));
        }
        return rows;
    }

    private static String status(Action action) {
        String status = switch (action.status) {
            case Action.OPEN -> "Open";
            case Action.IN_PROGRESS -> "In progress";
            case Action.DONE -> "Done";
            case Action.DROPPED -> "Dropped";
            default -> action.status;
        };
        return action.statusReason == null ? status : status + ": " + action.statusReason;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
