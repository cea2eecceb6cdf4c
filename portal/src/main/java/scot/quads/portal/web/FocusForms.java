package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Focus;
import scot.quads.portal.client.RubricApi.FocusRequest;
import scot.quads.portal.client.RubricApi.Version;
import scot.quads.portal.client.ServiceProblem;

/** The focus form's fields as typed, its key question rows, and how a service's refusal maps onto them. */
public final class FocusForms {

    /** The most key questions a focus has (rubric-service's limit). */
    static final int KEY_QUESTIONS = 6;

    private FocusForms() {
    }

    /** What the form shows; {@code keyQuestions} always has six rows. */
    public record Form(String area, String focusQuestion, List<String> keyQuestions, String related, long version,
            Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }

        /** The key question rows with their ids, numbers and errors. */
        public List<KeyRow> rows() {
            List<KeyRow> rows = new ArrayList<>();
            for (int i = 0; i < keyQuestions.size(); i++) {
                String id = "keyQuestion-" + i;
                rows.add(new KeyRow(id, i + 1, keyQuestions.get(i), errors.get(id)));
            }
            return rows;
        }
    }

    public record KeyRow(String id, int number, String text, String error) {
    }

    static Form of(Focus focus) {
        return new Form(nonNull(focus.area()), nonNull(focus.focusQuestion()), rows(focus.keyQuestions()),
                focus.related(), focus.version(), Map.of());
    }

    static Form posted(Map<String, String> fields, long version, Map<String, String> errors) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < KEY_QUESTIONS; i++) {
            keys.add(nonNull(fields.get("keyQuestion-" + i)));
        }
        return new Form(nonNull(fields.get("area")), nonNull(fields.get("focusQuestion")), keys,
                nonNull(fields.get("related")), version, errors);
    }

    /** The request for rubric-service; codes sorted into the rubric's indicators and questions, the rest context. */
    static FocusRequest request(Form form, Version version) {
        Set<String> indicators = version.themes().stream().flatMap(t -> t.indicators().stream())
                .map(RubricApi.Indicator::code).collect(Collectors.toSet());
        Set<String> questions = version.themes().stream().flatMap(t -> t.indicators().stream())
                .flatMap(i -> i.questions().stream()).map(RubricApi.Question::code).collect(Collectors.toSet());
        List<String> codes = List.of(form.related().split(",")).stream().map(String::strip)
                .filter(code -> !code.isEmpty()).distinct().toList();
        return new FocusRequest(blankToNull(form.area()), blankToNull(form.focusQuestion()),
                form.keyQuestions().stream().filter(k -> !k.isBlank()).map(String::strip).toList(),
                codes.stream().filter(indicators::contains).toList(),
                codes.stream().filter(questions::contains).toList(),
                codes.stream().filter(c -> !indicators.contains(c) && !questions.contains(c)).toList());
    }

    /** The page's field for a field rubric-service named, with the words the page uses for it. */
    static String fieldOf(String field) {
        if (field == null) {
            return "area";
        }
        if (field.startsWith("keyQuestions[")) {
            return "keyQuestion-" + field.substring("keyQuestions[".length(), field.indexOf(']'));
        }
        if (field.equals("keyQuestions")) {
            return "keyQuestion-0";
        }
        if (field.startsWith("indicators") || field.startsWith("questions") || field.startsWith("contextIndicators")) {
            return "related";
        }
        return field;
    }

    static String labelOf(String pageField) {
        return switch (pageField) {
            case "area" -> "The area";
            case "focusQuestion" -> "The focus question";
            case "related" -> "What the focus relates to";
            default -> pageField.startsWith("keyQuestion-")
                    ? "Key question " + (Integer.parseInt(pageField.substring("keyQuestion-".length())) + 1)
                    : "This field";
        };
    }

    /** Each refusal on its field, and the summary linking to them. */
    static ErrorSummary errors(ServiceProblem problem, Map<String, String> onFields) {
        List<ErrorSummary.Item> items = new ArrayList<>();
        for (ServiceProblem.FieldError error : problem.errors()) {
            String field = fieldOf(error.field());
            String text = ErrorSummary.plain(labelOf(field), error.message());
            onFields.putIfAbsent(field, text);
            items.add(new ErrorSummary.Item("#" + field, text));
        }
        if (items.isEmpty()) {
            items.add(new ErrorSummary.Item("#area", problem.detail()));
        }
        return new ErrorSummary("There is a problem", items);
    }

    private static List<String> rows(List<String> values) {
        List<String> rows = new ArrayList<>(values == null ? List.of() : values);
        while (rows.size() < KEY_QUESTIONS) {
            rows.add("");
        }
        return rows;
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
