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
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.UK);

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
        return DATE.format(local) + " at " + time(local.toLocalTime());
    }

    /** A time as GOV.UK writes it: 9am, 5:30pm, and "midday" and "midnight" rather than 12pm and 12am. */
    public static String time(java.time.LocalTime time) {
        int minutes = time.getHour() * 60 + time.getMinute();
        if (minutes == 0) {
            return "midnight";
        }
        if (minutes == 12 * 60) {
            return "midday";
        }
        return (time.getMinute() == 0 ? HOUR : TIME).format(time).toLowerCase(Locale.UK);
    }

    /** The text with a full stop at its end unless it already ends a sentence; empty for none. */
    public static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String trimmed = text.strip();
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' ? trimmed : trimmed + ".";
    }

    private static final java.util.regex.Pattern ISO_DATE =
            java.util.regex.Pattern.compile("\\b(on|by|of|until|from) (\\d{4})-(\\d{2})-(\\d{2})\\b");

    /**
     * A service's sentence with its ISO dates ("due on 2027-01-29") written as GOV.UK writes dates ("due on
     * 29 January 2027"): only a date after "on", "by", "of", "until" or "from", so that a name that holds a date
     * (a cycle called "Check 2026-12-06") is left as it was given; nor is a string that only looks like a date.
     */
    public static String prose(String text) {
        if (text == null) {
            return "";
        }
        java.util.regex.Matcher m = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group();
            try {
                replacement = m.group(1) + " " + date(LocalDate.of(Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            } catch (java.time.DateTimeException notADate) {
                // e.g. a cycle named 2026-27-01: not a date, keep it
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A whole number with thousands separators (5,000); empty for none. */
    public static String count(Number value) {
        return value == null ? "" : java.text.NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** An id safe in HTML and CSS selectors for a question, e.g. {@code 1.1.1} -> {@code q-1-1-1}. */
    public static String domId(String questionCode) {
        return "q-" + questionCode.replaceAll("[^A-Za-z0-9]", "-");
    }
}
