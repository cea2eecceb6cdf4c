package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import scot.quads.portal.client.RubricApi.AuditEntry;
import scot.quads.portal.client.RubricApi.Level;
import scot.quads.portal.client.RubricApi.Version;

/**
 * One line of a self-evaluation's history in words: rubric-service's audit entries carry action codes and level
 * numbers, a reader wants "Changed the answer: level 3 Good to 4 Very good".
 */
public record History(String when, String by, String what, String questionCode, String change) {

    static List<History> of(List<AuditEntry> entries, Version version) {
        Map<Integer, String> levels = version.scale().stream()
                .collect(Collectors.toMap(Level::value, l -> l.value() + " " + l.label()));
        Function<Integer, String> level = value -> value == null ? "none" : levels.getOrDefault(value,
                String.valueOf(value));
        List<History> lines = new ArrayList<>();
        for (AuditEntry entry : entries) {
            JsonNode detail = entry.detail();
            String change = "";
            if (entry.questionCode() != null && !java.util.Objects.equals(entry.oldLevel(), entry.newLevel())) {
                change = "Level " + level.apply(entry.oldLevel()) + " to " + level.apply(entry.newLevel());
            } else if (entry.newLevel() != null) {
                change = "Level " + level.apply(entry.newLevel()) + " (unchanged)";
            }
            lines.add(new History(Labels.dateTime(entry.at()), entry.by() == null ? "" : entry.by(),
                    describe(entry.action(), detail), entry.questionCode(), change));
        }
        return lines;
    }

    static String describe(String action, JsonNode detail) {
        return switch (action == null ? "" : action) {
            case "answer.saved" -> {
                List<String> fields = new ArrayList<>();
                if (detail != null && detail.has("changed")) {
                    detail.get("changed").forEach(f -> fields.add(Labels.field(f.asText()).toLowerCase()));
                }
                yield fields.isEmpty() ? "Saved the answer" : "Changed the answer: " + String.join(", ", fields);
            }
            case "answer.confirmed" -> "Confirmed the answer carried forward";
            case "evaluation.carried-forward" -> "Carried answers forward from "
                    + text(detail, "fromCycle", "an earlier cycle") + " (" + text(detail, "copied", "0")
                    + " copied, " + text(detail, "noted", "0") + " to assess afresh)";
            case "evaluation.submitted" -> "Submitted the self-evaluation";
            case "evaluation.recalled" -> "Recalled the submission";
            case "evaluation.reminded" -> "ADES sent a reminder to submit";
            case "evaluation.returned" -> "Returned it for revision: " + text(detail, "reason", "no reason given");
            default -> action;
        };
    }

    private static String text(JsonNode detail, String field, String otherwise) {
        return detail != null && detail.hasNonNull(field) ? detail.get(field).asText() : otherwise;
    }
}
