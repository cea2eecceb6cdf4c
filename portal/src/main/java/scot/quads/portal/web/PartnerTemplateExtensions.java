package scot.quads.portal.web;

import io.quarkus.qute.TemplateExtension;

import scot.quads.portal.client.QuadApi.Comparison;

/**
 * Helpers for the partner pages' templates, in their own namespace so that a null value (a median with no levels)
 * renders as a dash: {@code {pq:median(item.median)}}, {@code {pq:council(code, comparison)}}.
 */
public class PartnerTemplateExtensions {

    @TemplateExtension(namespace = "pq")
    static String median(Object value) {
        return value instanceof Number number ? HeatMap.median(number.doubleValue()) : "–";
    }

    /** A member's name for its GSS code, as the comparison names it. */
    @TemplateExtension(namespace = "pq")
    static String council(String code, Comparison comparison) {
        if (code == null) {
            return "";
        }
        if (comparison == null || comparison.members() == null) {
            return code;
        }
        return comparison.members().stream().filter(m -> m.code().equals(code)).findFirst()
                .map(m -> m.name() == null ? code : m.name()).orElse(code);
    }

    /** A level as number and label, or nothing. */
    @TemplateExtension(namespace = "pq")
    static String level(Integer level, String label) {
        return level == null ? "" : label == null ? String.valueOf(level) : level + " " + label;
    }

    /** An action's status in words. */
    @TemplateExtension(namespace = "pq")
    static String status(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "open" -> "Open";
            case "in-progress" -> "In progress";
            case "done" -> "Done";
            case "dropped" -> "Dropped";
            default -> status;
        };
    }

    /** The GOV.UK tag colour for an action's status (the tag's words carry the meaning). */
    @TemplateExtension(namespace = "pq")
    static String statusTag(String status) {
        if (status == null) {
            return "govuk-tag--grey";
        }
        return switch (status) {
            case "in-progress" -> "govuk-tag--blue";
            case "done" -> "govuk-tag--green";
            case "dropped" -> "govuk-tag--grey";
            default -> "govuk-tag--yellow";
        };
    }

    /** A role a session invites, in words. */
    @TemplateExtension(namespace = "pq")
    static String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case "authority-editor" -> "council editors";
            case "authority-viewer" -> "council viewers";
            case "ades-admin" -> "ADES";
            case "ades-officer" -> "ADES officers";
            case "es-link" -> "Education Scotland link inspectors";
            case "quad-guest" -> "invited partners";
            default -> role;
        };
    }

    @TemplateExtension(namespace = "pq")
    static boolean same(Object one, Object other) {
        return one != null && one.equals(other);
    }

    /** One text field of an action's improvement plan on the form that agrees it. */
    public record PlanField(String name, String label, String hint, String width) {
    }

    static final java.util.List<PlanField> PLAN_FIELDS = java.util.List.of(
            new PlanField("officerName", "Accountable officer", null, "govuk-!-width-two-thirds"),
            new PlanField("officerRole", "Their role", "For example, Quality improvement officer",
                    "govuk-!-width-two-thirds"),
            new PlanField("successMeasure", "Measure of success", "How the council will know the action worked",
                    "govuk-!-width-full"),
            new PlanField("baseline", "Baseline", "Where the measure starts from, for example 86% in 2025-26",
                    "govuk-!-width-one-half"),
            new PlanField("target", "Target", "What the measure should reach, and by when. A target needs a"
                    + " baseline", "govuk-!-width-one-half"),
            new PlanField("indicatorCode", "LGBF indicator it follows", "An indicator's code, for example CHN19a:"
                    + " its latest value for the council is kept with the action", "govuk-input--width-10"));
}
