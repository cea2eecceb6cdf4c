package scot.quads.quad.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import scot.quads.quad.Action;
import scot.quads.quad.work.PlanService.Line;
import scot.quads.quad.work.PlanService.Plan;

/**
 * A council's improvement plan as a file for its own plan: one row per action with the columns a council's plan
 * keeps (the cycle and quad it came from, what is to be done, who is accountable, how success is measured from what
 * baseline to what target, the indicator followed, the next step served, when it is due, how far it has got). As a
 * workbook (a title, then headings in a frozen row, dates as dates) or as CSV (UTF-8 with a byte order mark so that
 * spreadsheets read its letters right; a cell beginning with =, +, - or @ is prefixed with ' so that no spreadsheet
 * takes it for a formula). The column of what an action follows up speaks of the grain: "Questions" when every cycle
 * in the plan was graded per question, "Quality indicators" when every one was graded per quality indicator, and
 * when the plan mixes the two, "Questions or quality indicators" with each indicator-graded cell saying so.
 */
public final class PlanExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    /** The headings of a plan whose cycles were all graded per question. */
    static final List<String> HEADINGS = List.of("Cycle", "Quad", "Action", "Questions", "Accountable officer",
            "Officer's role", "Measure of success", "Baseline", "Target", "Indicator", "Indicator's latest value",
            "Period of that value", "Next step it serves", "Due", "Status", "Why (status)", "Last changed", "Follow-up on",
            "Progress at follow-up (evidence of impact)");
    /** The column of the codes an action follows up. */
    static final int FOLLOWS_UP = 3;
    /** The row of headings in the workbook (0-based); the title and when it was made sit above. */
    static final int HEADER_ROW = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private PlanExport() {
    }

    public static String title(Plan plan) {
        return plan.councilName() + " – improvement plan from Quads";
    }

    public static String fileName(Plan plan, String extension) {
        return title(plan) + "." + extension;
    }

    /** The plan's headings: the column of what an action follows up named after the grain of its cycles. */
    static List<String> headings(Plan plan) {
        if (!plan.anyPerIndicator()) {
            return HEADINGS;
        }
        List<String> headings = new ArrayList<>(HEADINGS);
        headings.set(FOLLOWS_UP, plan.allPerIndicator() ? "Quality indicators" : "Questions or quality indicators");
        return List.copyOf(headings);
    }

    /** The plan's rows as text, in the headings' order; dates as d MMMM yyyy. */
    static List<List<String>> rows(Plan plan, java.time.ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        boolean mixed = plan.anyPerIndicator() && !plan.allPerIndicator();
        for (Line line : plan.lines()) {
            Action a = line.action();
            rows.add(List.of(text(line.cycleName()), text(line.quadName()), a.description,
                    followsUp(a, mixed && line.gradedPerIndicator()), text(a.officerName),
                    text(a.officerRole), text(a.successMeasure), text(a.baseline), text(a.target),
                    a.indicatorCode == null ? "" : a.indicatorTitle + " (" + a.indicatorCode + ")",
                    a.indicatorValue == null ? "" : number(a.indicatorValue), text(a.indicatorPeriod),
                    text(a.nextStepText), DAY.format(a.dueDate), status(a.status), text(a.statusReason),
                    DAY.format(a.updatedAt.atZoneSameInstant(zone)),
                    line.followUpOn() == null ? "" : DAY.format(line.followUpOn()), progress(line, zone)));
        }
        return rows;
    }

    public static byte[] csv(Plan plan, java.time.ZoneId zone) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, headings(plan));
        rows(plan, zone).forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Plan plan, ZonedDateTime now) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Improvement plan");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(large);

            cell(sheet.createRow(0), 0, title(plan), title);
            cell(sheet.createRow(1), 0, "Made on " + MADE.format(now) + " (UK time)", null);
            Row headings = sheet.createRow(HEADER_ROW);
            List<String> names = headings(plan);
            for (int c = 0; c < names.size(); c++) {
                cell(headings, c, names.get(c), header);
            }
            List<List<String>> rows = rows(plan, now.getZone());
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(HEADER_ROW + 1 + r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    cell(row, c, values.get(c), wrapped);
                }
            }
            int[] widths = { 12, 20, 50, 12, 22, 22, 40, 20, 20, 30, 12, 12, 40, 16, 14, 30, 16, 16, 60 };
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + Math.max(rows.size(), 1), 0,
                    HEADINGS.size() - 1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.getHeader().setLeft(title(plan));
            sheet.getFooter().setRight("Page &P of &N");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The improvement plan could not be written", e);
        }
    }

    /** The codes the action follows up; in a plan mixing grains, an indicator-graded cycle's say what they are. */
    private static String followsUp(Action action, boolean sayIndicators) {
        if (action.questionCodes == null || action.questionCodes.isEmpty()) {
            return "";
        }
        String codes = String.join(", ", action.questionCodes);
        return sayIndicators ? "Quality indicators: " + codes : codes;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                value = "\"" + value.replace("\"", "\"\"") + "\"";
            }
            out.append(value);
        }
        out.append("\r\n");
    }

    /** The latest progress recorded: when, the status then, and the evidence of impact. */
    private static String progress(Line line, java.time.ZoneId zone) {
        if (line.progress().isEmpty()) {
            return "";
        }
        var latest = line.progress().get(line.progress().size() - 1);
        return DAY.format(latest.recordedAt.atZoneSameInstant(zone)) + ", " + status(latest.status).toLowerCase(
                Locale.UK) + ": " + latest.impact;
    }

    private static String status(String status) {
        return switch (status) {
            case Action.OPEN -> "Open";
            case Action.IN_PROGRESS -> "In progress";
            case Action.DONE -> "Done";
            case Action.DROPPED -> "Dropped";
            default -> status;
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
