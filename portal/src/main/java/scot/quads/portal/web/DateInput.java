package scot.quads.portal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * A GOV.UK date input (day, month and year in three fields) read into a date, or into the message GOV.UK's pattern
 * gives for what is wrong with it, put under {@code field} in {@code errors}.
 */
final class DateInput {

    private DateInput() {
    }

    /**
     * The date the three fields give; null, with a message in {@code errors}, when they do not give one. A date that
     * is not {@code required} may be left out entirely (null, no message).
     */
    static LocalDate read(String day, String month, String year, boolean required, String field, String label,
            Map<String, String> errors) {
        if (blank(day) && blank(month) && blank(year)) {
            if (required) {
                errors.put(field, "Enter " + label.toLowerCase() + ", for example 31 1 2027");
            }
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            errors.put(field, label + " must include a day, a month and a year");
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
                    Integer.parseInt(day.trim()));
            if (year.trim().length() != 4) {
                errors.put(field, "The year of " + label.toLowerCase() + " must include 4 numbers");
                return null;
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(field, label + " must be a real date, for example 31 1 2027");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
