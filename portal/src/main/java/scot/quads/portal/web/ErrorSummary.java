package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scot.quads.portal.client.ServiceProblem;

/**
 * A GOV.UK error summary: a title and one line per problem, each linking to the field it is about (or to the
 * top of the form when the service named no field).
 */
public record ErrorSummary(String title, List<Item> items) {

    public record Item(String href, String text) {
    }

    /** {@code fieldId} maps a field the service named ({@code evidence}, {@code level}) to the id of its input. */
    public static ErrorSummary of(ServiceProblem problem, Function<String, String> fieldId, String fallbackId) {
        List<Item> items = new ArrayList<>();
        for (ServiceProblem.FieldError error : problem.errors()) {
            items.add(new Item("#" + fieldId.apply(error.field()), sentence(error.field(), error.message())));
        }
        if (items.isEmpty()) {
            items.add(new Item("#" + fallbackId, problem.detail()));
        }
        return new ErrorSummary("There is a problem", items);
    }

    public static ErrorSummary single(String href, String text) {
        return new ErrorSummary("There is a problem", List.of(new Item(href, text)));
    }

    /** The message for one field: the service's words, led by the field's name unless they already say it. */
    static String sentence(String field, String message) {
        return plain(Labels.field(field), message);
    }

    private static final Pattern SIZE = Pattern.compile("size must be between (\\d+) and (\\d+)");
    private static final Pattern NOT_EMPTY = Pattern.compile("must not be (null|blank|empty)");
    /** The services' field names that appear inside their messages, in the words the forms use. */
    private static final Map<String, String> NAMES = Map.of(
            "opensOn", "the opening date",
            "submissionDeadline", "the submission deadline",
            "closesOn", "the closing date");

    /**
     * A service's message about a field in plain English, led by the field's label as the page shows it: the
     * usual validation phrases rewritten ("size must be between 0 and 10000" becomes "must be 10,000 characters
     * or fewer"), the services' field names inside a message put in words, numbers with thousands separators.
     */
    static String plain(String label, String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            return label + " is not valid";
        }
        Matcher size = SIZE.matcher(text);
        if (size.matches()) {
            long min = Long.parseLong(size.group(1));
            String max = Labels.count(Long.parseLong(size.group(2)));
            return min == 0 ? label + " must be " + max + " characters or fewer"
                    : label + " must be between " + Labels.count(min) + " and " + max + " characters";
        }
        if (NOT_EMPTY.matcher(text).matches()) {
            return "Enter " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        for (Map.Entry<String, String> name : NAMES.entrySet()) {
            text = text.replaceAll("\\b" + name.getKey() + "\\b", name.getValue());
        }
        return text.toLowerCase().startsWith(label.toLowerCase()) ? text : label + " " + text;
    }
}
