package scot.quads.rubric.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Statement;
import scot.quads.rubric.service.EvaluationService.EvaluationView;

/**
 * One council's self-evaluation as CSV (RFC 4180, UTF-8), one row per question in order (in a version graded per
 * quality indicator, each indicator's own row, its question column empty, before its questions' rows), under stable machine
 * headings for whoever loads it into other tools (the XLSX and PDF are the ones for people). Every row names the
 * framework and version answered, so a row copied elsewhere still says what it answered. The self-evaluative
 * statement follows, when there is one, a row per part: theme {@code statement}, indicator the part ({@code context},
 * {@code strength}, {@code weakness}, {@code opportunity}, {@code threat} or {@code summary}), question the item's
 * priority, prompt what it relates to, and the text in the evidence column. A cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an
 * apostrophe; everything else is written exactly as typed.
 */
public final class EvaluationCsv {

    static final List<String> HEADER = List.of("framework", "frameworkVersion", "versionLabel", "cycle", "council",
            "state", "theme", "indicator", "question", "prompt", "level", "levelLabel", "notApplicable",
            "notApplicableReason", "evidence", "strengths", "areasForImprovement", "nextSteps", "carriedForward",
            "updatedAt", "updatedBy");

    private EvaluationCsv() {
    }

    public static String of(EvaluationView view) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : table(view)) {
            row(csv, row);
        }
        return csv.toString();
    }

    /** The header and a row per question, as plain text. */
    static List<List<String>> table(EvaluationView view) {
        Map<Integer, String> labels = view.content().scale().stream()
                .collect(Collectors.toMap(level -> level.value, level -> level.label, (a, b) -> a));
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Completion.Item item : view.items()) {
            Answer answer = view.answersByQuestion().get(item.id());
            Function<Function<Answer, Object>, String> cell = read -> answer == null ? "" : text(read.apply(answer));
            rows.add(List.of(view.content().framework().code, String.valueOf(view.content().version().number),
                    view.content().version().label, view.cycle().name, view.council().gssCode, view.state(),
                    item.theme().code, item.indicator().code, item.isIndicator() ? "" : item.code(),
                    item.isIndicator() ? item.indicator().title : item.question().prompt,
                    cell.apply(a -> a.level),
                    answer == null || answer.level == null ? "" : labels.getOrDefault(answer.level, ""),
                    cell.apply(a -> a.notApplicable), cell.apply(a -> a.notApplicableReason),
                    cell.apply(a -> a.evidence), cell.apply(a -> a.strengths),
                    cell.apply(a -> a.areasForImprovement), cell.apply(a -> a.nextSteps),
                    cell.apply(a -> a.carriedForward), cell.apply(a -> a.updatedAt), cell.apply(a -> a.updatedBy)));
        }
        Statement statement = view.statement();
        if (statement != null) {
            rows.add(statementRow(view, statement, "context", "", "", statement.context));
            for (Statement.SwotItem item : statement.orderedSwot()) {
                List<String> related = new ArrayList<>(item.indicators());
                related.addAll(item.questions());
                related.addAll(item.contextIndicators());
                rows.add(statementRow(view, statement, item.kind(), String.valueOf(item.priority()),
                        related.isEmpty() ? "" : "Relates to " + String.join(", ", related), item.text()));
            }
            rows.add(statementRow(view, statement, "summary", "", "", statement.summary));
        }
        return rows;
    }

    private static List<String> statementRow(EvaluationView view, Statement statement, String part,
            String priority, String prompt, String text) {
        return List.of(view.content().framework().code, String.valueOf(view.content().version().number),
                view.content().version().label, view.cycle().name, view.council().gssCode, view.state(),
                "statement", part, priority, prompt, "", "", "", "", text(text), "", "", "",
                text(statement.carriedForward), text(statement.updatedAt), text(statement.updatedBy));
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
