package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
        String label = Labels.field(field);
        if (message == null || message.isBlank()) {
            return label + " is not valid";
        }
        return message.toLowerCase().startsWith(label.toLowerCase()) ? message : label + ": " + message;
    }
}
