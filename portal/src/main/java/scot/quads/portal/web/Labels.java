package scot.quads.portal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The words pages show for the services' codes: states, field names, dates as GOV.UK writes them. */
public final class Labels {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private static final Map<String, String> FIELDS = Map.of(
            "level", "Evaluation level",
            "notApplicable", "Not applicable",
            "notApplicableReason", "Reason it does not apply",
            "evidence", "Evidence",
            "strengths", "Strengths",
            "areasForImprovement", "Areas for improvement",
            "nextSteps", "Next steps");

    private static final Map<String, String> STATES = Map.of(
            "not-started", "Not started",
            "draft", "In progress",
            "submitted", "Submitted",
            "returned", "Returned for revision",
            "open", "Open",
            "in-review", "In review",
            "closed", "Closed");

    private Labels() {
    }

    public static String field(String field) {
        return FIELDS.getOrDefault(field, field == null || field.isBlank() ? "This answer" : field);
    }

    public static String state(String state) {
        return state == null ? "Not started" : STATES.getOrDefault(state, state.replace('-', ' '));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        var local = time.atZoneSameInstant(UK);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** An id safe in HTML and CSS selectors for a question, e.g. {@code 1.1.1} -> {@code q-1-1-1}. */
    public static String domId(String questionCode) {
        return "q-" + questionCode.replaceAll("[^A-Za-z0-9]", "-");
    }
}
