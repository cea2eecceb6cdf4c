package scot.quads.rubric.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Statement;
import scot.quads.rubric.service.EvaluationService.EvaluationView;

/**
 * One council's self-evaluation as a workbook for committee papers: the cover's lines at the top (title, DRAFT or
 * the submission date, framework version, when it was generated), then a row per question under human headings
 * with the header row frozen, sensible column widths and wrapped narratives. Levels are numbers, dates are dates,
 * everything people typed is a text cell (never run as a formula). Printed, every page repeats the headings and
 * carries DRAFT in its header until the evaluation is submitted. The self-evaluative statement, when there is one,
 * is a second sheet.
 */
public final class EvaluationXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The headings, in order, with each column's width in characters. */
    static final List<Map.Entry<String, Integer>> COLUMNS = List.of(Map.entry("Theme", 26),
            Map.entry("Indicator", 26), Map.entry("Question", 10), Map.entry("Prompt", 48), Map.entry("Level", 7),
            Map.entry("Level name", 16), Map.entry("Not applicable", 14), Map.entry("Why it does not apply", 30),
            Map.entry("Evidence", 60), Map.entry("Strengths", 45), Map.entry("Areas for improvement", 45),
            Map.entry("Next steps", 45), Map.entry("Carried forward", 16), Map.entry("Last changed", 18),
            Map.entry("Changed by", 24));
    /** The row of headings (0-based); the cover's lines sit above it. */
    static final int HEADER_ROW = 5;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** The statement sheet's row of headings (0-based), below its title, status and carried-forward note. */
    static final int STATEMENT_HEADER_ROW = 4;
    private static final Map<String, String> SWOT_PARTS = Map.of("strength", "Strength", "weakness", "Weakness",
            "opportunity", "Opportunity", "threat", "Threat");

    private EvaluationXlsx() {
    }

    public static byte[] of(EvaluationView view, ExportCover cover) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Self-evaluation");
            text(sheet.createRow(0), 0, cover.title(), styles.title);
            text(sheet.createRow(1), 0, cover.status(), cover.draft() ? styles.draft : styles.bold);
            text(sheet.createRow(2), 0, "Framework: " + cover.framework(), null);
            text(sheet.createRow(3), 0, cover.generatedOn(), null);
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < COLUMNS.size(); c++) {
                text(header, c, COLUMNS.get(c).getKey(), styles.header);
                sheet.setColumnWidth(c, COLUMNS.get(c).getValue() * 256);
            }

            Map<Integer, String> labels = view.content().scale().stream()
                    .collect(Collectors.toMap(level -> level.value, level -> level.label, (a, b) -> a));
            int r = HEADER_ROW + 1;
            // In a version graded per quality indicator each indicator's own row (its level) comes before its
            // questions' rows (narrative only).
            for (Completion.Item item : view.items()) {
                Row row = sheet.createRow(r++);
                Answer answer = view.answersByQuestion().get(item.id());
                text(row, 0, item.theme().code + " " + item.theme().title, styles.wrapped);
                text(row, 1, item.indicator().code + " " + item.indicator().title, styles.wrapped);
                text(row, 2, item.isIndicator() ? "Whole indicator" : item.code(), styles.top);
                text(row, 3, item.isIndicator() ? "The quality indicator as a whole" : item.question().prompt,
                        styles.wrapped);
                if (answer == null) {
                    text(row, 5, item.graded() ? "Not answered" : item.required() ? "Not answered (narrative)"
                            : "Not answered (optional)", styles.top);
                    continue;
                }
                if (!item.graded()) {
                    text(row, 5, "Narrative", styles.top);
                } else if (answer.level != null) {
                    Cell level = row.createCell(4);
                    level.setCellValue(answer.level);
                    level.setCellStyle(styles.top);
                    text(row, 5, labels.getOrDefault(answer.level, ""), styles.top);
                } else if (!answer.notApplicable) {
                    text(row, 5, "No level yet", styles.top);
                }
                text(row, 6, answer.notApplicable ? "Yes" : "", styles.top);
                text(row, 7, answer.notApplicableReason, styles.wrapped);
                text(row, 8, answer.evidence, styles.wrapped);
                text(row, 9, answer.strengths, styles.wrapped);
                text(row, 10, answer.areasForImprovement, styles.wrapped);
                text(row, 11, answer.nextSteps, styles.wrapped);
                text(row, 12, answer.carriedForward ? "Yes, not yet confirmed" : "", styles.wrapped);
                if (answer.updatedAt != null) {
                    Cell changed = row.createCell(13);
                    changed.setCellValue(answer.updatedAt.atZoneSameInstant(UK).toLocalDateTime());
                    changed.setCellStyle(styles.dateTime);
                }
                text(row, 14, answer.updatedBy, styles.wrapped);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, COLUMNS.size() - 1));
            printed(sheet, cover);
            if (view.statement() != null) {
                statement(workbook.createSheet("Statement"), view.statement(), cover, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The spreadsheet could not be written", e);
        }
    }

    /**
     * The self-evaluative statement on a sheet of its own, in the order the PDF gives it: the context, the SWOT by
     * kind and priority (each item with what it relates to), the summary.
     */
    private static void statement(Sheet sheet, Statement statement, ExportCover cover, Styles styles) {
        text(sheet.createRow(0), 0, "Self-evaluative statement", styles.title);
        text(sheet.createRow(1), 0, cover.status(), cover.draft() ? styles.draft : styles.bold);
        if (statement.carriedForward) {
            text(sheet.createRow(2), 0, "Carried forward from the previous cycle, not yet reviewed", null);
        }
        List<String> headings = List.of("Part", "Priority", "Text", "Relates to");
        int[] widths = { 16, 9, 90, 40 };
        Row header = sheet.createRow(STATEMENT_HEADER_ROW);
        for (int c = 0; c < headings.size(); c++) {
            text(header, c, headings.get(c), styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = STATEMENT_HEADER_ROW + 1;
        Row context = sheet.createRow(r++);
        text(context, 0, "Context", styles.top);
        text(context, 2, statement.context, styles.wrapped);
        for (Statement.SwotItem item : statement.orderedSwot()) {
            Row row = sheet.createRow(r++);
            text(row, 0, SWOT_PARTS.get(item.kind()), styles.top);
            Cell priority = row.createCell(1);
            priority.setCellValue(item.priority());
            priority.setCellStyle(styles.top);
            text(row, 2, item.text(), styles.wrapped);
            List<String> related = new java.util.ArrayList<>(item.indicators());
            related.addAll(item.questions());
            related.addAll(item.contextIndicators());
            text(row, 3, String.join(", ", related), styles.wrapped);
        }
        Row summary = sheet.createRow(r);
        text(summary, 0, "Summary", styles.top);
        text(summary, 2, statement.summary, styles.wrapped);
        sheet.createFreezePane(0, STATEMENT_HEADER_ROW + 1);
        printed(sheet, cover);
        sheet.setRepeatingRows(new CellRangeAddress(STATEMENT_HEADER_ROW, STATEMENT_HEADER_ROW, -1, -1));
    }

    /** Landscape on A4, as wide as the page, the headings on every page, DRAFT and the date in its margins. */
    private static void printed(Sheet sheet, ExportCover cover) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getHeader().setLeft(cover.title());
        if (cover.draft()) {
            sheet.getHeader().setRight("DRAFT");
        }
        sheet.getFooter().setLeft(cover.generatedOn());
        sheet.getFooter().setRight("Page &P of &N");
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The workbook's few styles, made once (a style per cell would bloat the file). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle draft;
        final CellStyle header;
        final CellStyle top;
        final CellStyle wrapped;
        final CellStyle dateTime;

        Styles(XSSFWorkbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font strong = workbook.createFont();
            strong.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(strong);
            Font red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            draft = workbook.createCellStyle();
            draft.setFont(red);
            header = workbook.createCellStyle();
            header.setFont(strong);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            top = workbook.createCellStyle();
            top.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);
            dateTime = workbook.createCellStyle();
            dateTime.setVerticalAlignment(VerticalAlignment.TOP);
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy hh:mm"));
        }
    }
}
