package scot.quads.quad.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import scot.quads.quad.comparison.Comparison.AgendaItem;
import scot.quads.quad.comparison.Comparison.DistanceFlag;
import scot.quads.quad.comparison.Comparison.MemberAnswer;
import scot.quads.quad.comparison.Comparison.MemberStatus;
import scot.quads.quad.comparison.Comparison.QuestionComparison;
import scot.quads.quad.comparison.Comparison.ThinEvidenceFlag;
import scot.quads.quad.comparison.Comparison;
import scot.quads.quad.comparison.LevelStatistics;

/**
 * The quad's comparison as a workbook for committee papers: a side-by-side sheet (per member, by council name, the
 * level as a number and its name, then the quad's figures), every answer's words (in a version graded per quality
 * indicator, a sheet more for the narrative answers to each indicator's questions), the flags and the agenda, then the
 * quad's sessions, comment threads and actions. Each
 * sheet opens with the cover's lines (title, DRAFT or final, when generated), then human headings in a frozen row
 * and columns sized for what they hold. Levels and figures are numbers; everything typed by people is a text cell,
 * never a formula. Printed, every page repeats the headings and carries DRAFT in its header while it is one.
 */
public final class ComparisonXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The row of headings on every sheet (0-based); the cover's lines sit above it. */
    static final int HEADER_ROW = 5;
    /** The sheet of the indicators' questions' answers, in a version graded per quality indicator. */
    static final String QUESTIONS_SHEET = "Answers to questions";

    private ComparisonXlsx() {
    }

    public static byte[] of(Comparison comparison, ComparisonCover cover) {
        return of(comparison, cover, QuadWork.NONE);
    }

    /** The comparison's sheets, then the quad's sessions, comment threads and actions, a sheet each. */
    public static byte[] of(Comparison comparison, ComparisonCover cover, QuadWork work) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            List<MemberStatus> shown = comparison.members().stream().filter(MemberStatus::answersShown).toList();
            // Graded per quality indicator, each item compared is an indicator as a whole, and says so.
            boolean perIndicator = comparison.cycle() != null && comparison.cycle().gradedPerIndicator();
            String itemHeading = perIndicator ? "Quality indicator" : "Question";

            List<Object> header = new ArrayList<>(perIndicator
                    ? List.of("Theme", "Indicator", "Quality indicator", "Title")
                    : List.of("Theme", "Indicator", "Question", "Prompt"));
            List<Integer> widths = new ArrayList<>(List.of(10, 10, 10, 48));
            shown.forEach(member -> {
                header.add(cover.name(member.code()) + ": level");
                header.add(cover.name(member.code()) + ": level name");
                widths.add(12);
                widths.add(18);
            });
            header.addAll(List.of("Median", "Lowest", "Highest", "Range", "Not applicable", "No answer"));
            widths.addAll(List.of(9, 9, 9, 9, 11, 11));
            List<List<Object>> rows = new ArrayList<>();
            rows.add(header);
            for (QuestionComparison question : comparison.questions()) {
                List<Object> row = new ArrayList<>(List.of(question.themeCode(), question.indicatorCode(),
                        question.questionCode(), question.prompt()));
                for (MemberStatus member : shown) {
                    MemberAnswer answer = answerOf(question, member.code());
                    if (answer == null || !answer.answered()) {
                        row.add(null);
                        row.add("No answer");
                    } else if (answer.notApplicable()) {
                        row.add(null);
                        row.add("Not applicable");
                    } else {
                        row.add(answer.level());
                        row.add(answer.levelLabel());
                    }
                }
                LevelStatistics figures = question.statistics();
                row.add(figures.median());
                row.add(figures.min());
                row.add(figures.max());
                row.add(figures.range());
                row.add(figures.notApplicable());
                row.add(figures.missing());
                rows.add(row);
            }
            write(workbook.createSheet("Side by side"), cover, rows, widths, styles);

            List<List<Object>> answers = new ArrayList<>();
            answers.add(List.of(itemHeading, "Council", "Level", "Level name", "Not applicable",
                    "Why it does not apply", "Evidence", "Strengths", "Areas for improvement", "Next steps"));
            for (QuestionComparison question : comparison.questions()) {
                for (MemberAnswer answer : question.answers()) {
                    List<Object> row = new ArrayList<>();
                    row.add(question.questionCode());
                    row.add(cover.name(answer.councilCode()));
                    row.add(answer.level());
                    row.add(answer.levelLabel());
                    row.add(answer.notApplicable() ? "Yes" : "No");
                    row.add(answer.notApplicableReason());
                    row.add(answer.evidence());
                    row.add(answer.strengths());
                    row.add(answer.areasForImprovement());
                    row.add(answer.nextSteps());
                    answers.add(row);
                }
            }
            write(workbook.createSheet("Answers"), cover, answers, List.of(10, 22, 7, 16, 11, 30, 60, 45, 45, 45),
                    styles);
            if (perIndicator) {
                write(workbook.createSheet(QUESTIONS_SHEET), cover, questionAnswers(comparison, cover),
                        List.of(12, 12, 48, 22, 60, 45, 45, 45), styles);
            }

            List<List<Object>> flags = new ArrayList<>();
            flags.add(List.of(itemHeading, "Council", "Flag", "Level", "Detail"));
            for (DistanceFlag flag : comparison.flags().farFromMedian()) {
                flags.add(List.of(flag.questionCode(), cover.name(flag.councilCode()), "Far from the median",
                        flag.level(), number(flag.distance()) + " " + flag.direction() + " the quad median of "
                                + number(flag.median())));
            }
            for (ThinEvidenceFlag flag : comparison.flags().thinEvidence()) {
                flags.add(List.of(flag.questionCode(), cover.name(flag.councilCode()), "Thin evidence", flag.level(),
                        flag.evidenceLength() + " characters of evidence (thin: under "
                                + comparison.flags().thinEvidenceBelow() + ")"));
            }
            write(workbook.createSheet("Flags"), cover, flags, List.of(10, 22, 20, 7, 60), styles);

            List<List<Object>> agenda = new ArrayList<>();
            agenda.add(List.of("Rank", itemHeading, perIndicator ? "Title" : "Prompt", "Range", "Lowest", "Highest",
                    "Median", "Far from the median"));
            for (AgendaItem item : comparison.agenda()) {
                agenda.add(List.of(item.rank(), item.questionCode(), item.prompt(), item.spread(), item.min(),
                        item.max(), item.median(),
                        String.join(", ", item.farFromMedian().stream().map(cover::name).toList())));
            }
            write(workbook.createSheet("Agenda"), cover, agenda, List.of(7, 10, 60, 8, 8, 8, 8, 40), styles);
            write(workbook.createSheet("Sessions"), cover, sheet(QuadWork.SESSION_HEADINGS, work.sessionRows()),
                    List.of(22, 20, 20, 80), styles);
            write(workbook.createSheet("Comments"), cover,
                    sheet(QuadWork.commentHeadings(perIndicator), work.commentRows(cover::name)),
                    List.of(10, 22, 11, 30, 22, 70), styles);
            write(workbook.createSheet("Actions"), cover, sheet(QuadWork.actionHeadings(perIndicator),
                    work.actionRows(cover::name)), List.of(22, 50, 12, 16, 20, 28, 40, 20, 20, 30, 40), styles);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The spreadsheet could not be written", e);
        }
    }

    /** One member's narrative answer to one question of a quality indicator graded as a whole. */
    record PromptRow(String indicatorCode, String questionCode, String prompt, String council, String evidence,
            String strengths, String areasForImprovement, String nextSteps) {

        /** The narrative parts that say something, in the order the sheet's columns give them. */
        List<String> narrative() {
            return java.util.stream.Stream.of(evidence, strengths, areasForImprovement, nextSteps)
                    .filter(text -> text != null && !text.isBlank()).toList();
        }
    }

    /**
     * In a version graded per quality indicator, each member's narrative answers to each indicator's questions
     * (which carry no level), one per answer in rubric order: the XLSX's sheet and the PDF's section alike.
     */
    static List<PromptRow> promptRows(Comparison comparison, ComparisonCover cover) {
        List<PromptRow> rows = new ArrayList<>();
        for (QuestionComparison indicator : comparison.questions()) {
            for (MemberAnswer answer : indicator.answers()) {
                for (Comparison.PromptAnswer prompt : answer.prompts()) {
                    rows.add(new PromptRow(indicator.questionCode(), prompt.code(), prompt.prompt(),
                            cover.name(answer.councilCode()), prompt.evidence(), prompt.strengths(),
                            prompt.areasForImprovement(), prompt.nextSteps()));
                }
            }
        }
        return rows;
    }

    private static List<List<Object>> questionAnswers(Comparison comparison, ComparisonCover cover) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Quality indicator", "Question", "Prompt", "Council", "Evidence", "Strengths",
                "Areas for improvement", "Next steps"));
        for (PromptRow row : promptRows(comparison, cover)) {
            rows.add(java.util.Arrays.asList(row.indicatorCode(), row.questionCode(), row.prompt(), row.council(),
                    row.evidence(), row.strengths(), row.areasForImprovement(), row.nextSteps()));
        }
        return rows;
    }

    private static List<List<Object>> sheet(List<String> headings, List<List<String>> rows) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(new ArrayList<>(headings));
        rows.forEach(row -> sheet.add(new ArrayList<>(row)));
        return sheet;
    }

    private static MemberAnswer answerOf(QuestionComparison question, String council) {
        return question.answers().stream().filter(a -> a.councilCode().equals(council)).findFirst().orElse(null);
    }

    /** The cover's lines, then the rows (the first is the headings) under a frozen header, then the print setup. */
    private static void write(Sheet sheet, ComparisonCover cover, List<List<Object>> rows, List<Integer> widths,
            Styles styles) {
        text(sheet.createRow(0), 0, cover.title(), styles.title);
        text(sheet.createRow(1), 0, cover.status(), cover.draft() ? styles.draft : styles.bold);
        text(sheet.createRow(3), 0, cover.generatedOn(), null);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(HEADER_ROW + r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                CellStyle style = r == 0 ? styles.header : styles.wrapped;
                if (value instanceof Number number) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.top);
                } else if (value != null) {
                    text(row, c, value.toString(), style);
                }
            }
        }
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, widths.get(c) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
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

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The workbook's few styles, made once and shared by every sheet. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle draft;
        final CellStyle header;
        final CellStyle top;
        final CellStyle wrapped;

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
        }
    }
}
