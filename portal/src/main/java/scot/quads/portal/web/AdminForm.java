package scot.quads.portal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import scot.quads.portal.client.ServiceProblem;

/**
 * An ADES form as posted, with what was wrong with it: the values to show again, each field's message beside it,
 * and the GOV.UK error summary linking to the fields. Service field names ({@code submissionDeadline}) map to the
 * form's own ids ({@code submissionDeadline-day}) through {@link #ids}.
 */
public final class AdminForm {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    public static AdminForm empty() {
        return new AdminForm();
    }

    public static AdminForm of(MultivaluedMap<String, String> posted) {
        AdminForm form = new AdminForm();
        if (posted != null) {
            posted.forEach((key, value) -> {
                form.lists.put(key, value);
                if (!value.isEmpty()) {
                    form.values.put(key, value.get(0) == null ? "" : value.get(0).strip());
                }
            });
        }
        return form;
    }

    /** Names a field: the id of its input (for the summary's link) and the label the summary uses. */
    public AdminForm field(String name, String id, String label) {
        ids.put(name, id);
        labels.put(name, label);
        return this;
    }

    public AdminForm set(String name, Object value) {
        values.put(name, value == null ? "" : value.toString());
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** Several values for one field, such as ticked checkboxes. */
    public AdminForm setAll(String name, List<String> values) {
        lists.put(name, values == null ? List.of() : List.copyOf(values));
        return this;
    }

    /** The value of a numbered field such as {@code name-2}. */
    public String valueAt(String prefix, int index) {
        return value(prefix + index);
    }

    public boolean checked(String name, String value) {
        return lists.getOrDefault(name, List.of()).contains(value) || value.equals(values.get(name));
    }

    public String blankToNull(String name) {
        String value = value(name);
        return value.isBlank() ? null : value;
    }

    public boolean has(String name) {
        return errors.containsKey(name);
    }

    public String error(String name) {
        return errors.getOrDefault(name, "");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public AdminForm reject(String name, String message) {
        errors.putIfAbsent(name, message);
        return this;
    }

    /** A GOV.UK date input's three boxes ({@code name-day}, {@code -month}, {@code -year}) as a date. */
    public LocalDate date(String name, boolean required) {
        String day = value(name + "-day");
        String month = value(name + "-month");
        String year = value(name + "-year");
        String label = labels.getOrDefault(name, name);
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            if (required) {
                reject(name, "Enter the " + label.toLowerCase());
            }
            return null;
        }
        if (day.isBlank() || month.isBlank() || year.isBlank()) {
            reject(name, label + " must include a day, a month and a year");
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            // A two-digit year ("27") or a slip of the keyboard ("20277") cannot be meant.
            if (year.length() != 4) {
                reject(name, "The year of the " + label.toLowerCase() + " must include 4 numbers");
                return null;
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            reject(name, label + " must be a real date, for example 27 3 2027");
            return null;
        }
    }

    /** Refuses {@code later} unless it is after {@code earlier} (each checked only when both are real dates). */
    public AdminForm after(String later, LocalDate laterDate, String earlier, LocalDate earlierDate) {
        if (laterDate != null && earlierDate != null && !laterDate.isAfter(earlierDate)) {
            reject(later, labels.getOrDefault(later, later) + " must be after the "
                    + labels.getOrDefault(earlier, earlier).toLowerCase());
        }
        return this;
    }

    public AdminForm setDate(String name, LocalDate date) {
        if (date != null) {
            set(name + "-day", date.getDayOfMonth());
            set(name + "-month", date.getMonthValue());
            set(name + "-year", date.getYear());
        }
        return this;
    }

    /** Takes a service's refusal in: each field it names beside its input, anything else at the top. */
    public AdminForm reject(ServiceProblem problem) {
        for (ServiceProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field().replaceAll("\\[.*", "");
            String key = ids.containsKey(field) ? field : "";
            String label = labels.getOrDefault(field, error.field());
            reject(key.isEmpty() ? error.field() : key, ErrorSummary.plain(label, error.message()));
        }
        if (problem.errors().isEmpty()) {
            reject("", problem.detail());
        }
        return this;
    }

    public ErrorSummary summary() {
        if (errors.isEmpty()) {
            return null;
        }
        List<ErrorSummary.Item> items = new ArrayList<>();
        String first = ids.isEmpty() ? "main-content" : ids.values().iterator().next();
        errors.forEach((name, message) -> items.add(new ErrorSummary.Item("#" + ids.getOrDefault(name, first),
                message)));
        return new ErrorSummary("There is a problem", items);
    }
}
