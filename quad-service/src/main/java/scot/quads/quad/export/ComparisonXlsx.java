package scot.quads.quad.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * The quad's comparison as a spreadsheet to work in: a side-by-side sheet (per member the level as a number and
 * its label, then the quad's figures), every answer's words, the flags and the agenda. Levels and figures are
 * numbers; everything typed by people is a text cell, never a formula.
 */
public final class ComparisonXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ComparisonXlsx() {
    }

    public static byte[] of(Comparison comparison) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<MemberStatus> shown = comparison.members().stream().filter(MemberStatus::answersShown).toList();

            Sheet sideBySide = workbook.createSheet("Side by side");
            List<Object> header = new ArrayList<>(List.of("Theme", "Indicator", "Question", "Prompt"));
            shown.forEach(member -> {
                header.add(member.code() + " level");
                header.add(member.code() + " label");
            });
            header.addAll(List.of("Median", "Lowest", "Highest", "Spread", "Not applicable", "No answer"));
            List<List<Object>> rows = new ArrayList<>();
            rows.add(header);
            for (QuestionComparison question : comparison.questions()) {
                List<Object> row = new ArrayList<>(List.of(question.themeCode(), question.indicatorCode(),
                        question.questionCode(), question.prompt()));
                for (MemberStatus member : shown) {
                    MemberAnswer answer = answerOf(question, member.code());
                    if (answer == null || !answer.answered()) {
                        row.add(null);
                        row.add("no answer");
                    } else if (answer.notApplicable()) {
                        row.add(null);
                        row.add("not applicable");
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
            write(sideBySide, rows, bold);

            List<List<Object>> answers = new ArrayList<>();
            answers.add(List.of("Question", "Council", "Level", "Label", "Not applicable", "Reason", "Evidence",
                    "Strengths", "Areas for improvement", "Next steps"));
            for (QuestionComparison question : comparison.questions()) {
                for (MemberAnswer answer : question.answers()) {
                    List<Object> row = new ArrayList<>();
                    row.add(question.questionCode());
                    row.add(answer.councilCode());
                    row.add(answer.level());
                    row.add(answer.levelLabel());
                    row.add(answer.notApplicable() ? "yes" : "no");
                    row.add(answer.notApplicableReason());
                    row.add(answer.evidence());
                    row.add(answer.strengths());
                    row.add(answer.areasForImprovement());
                    row.add(answer.nextSteps());
                    answers.add(row);
                }
            }
            write(workbook.createSheet("Answers"), answers, bold);

            List<List<Object>> flags = new ArrayList<>();
            flags.add(List.of("Question", "Council", "Flag", "Level", "Detail"));
            for (DistanceFlag flag : comparison.flags().farFromMedian()) {
                flags.add(List.of(flag.questionCode(), flag.councilCode(), "far from median", flag.level(),
                        flag.distance() + " " + flag.direction() + " the median of " + flag.median()));
            }
            for (ThinEvidenceFlag flag : comparison.flags().thinEvidence()) {
                flags.add(List.of(flag.questionCode(), flag.councilCode(), "thin evidence", flag.level(),
                        flag.evidenceLength() + " characters of evidence (under "
                                + comparison.flags().thinEvidenceBelow() + ")"));
            }
            write(workbook.createSheet("Flags"), flags, bold);

            List<List<Object>> agenda = new ArrayList<>();
            agenda.add(List.of("Rank", "Question", "Prompt", "Spread", "Lowest", "Highest", "Median",
                    "Far from median"));
            for (AgendaItem item : comparison.agenda()) {
                agenda.add(List.of(item.rank(), item.questionCode(), item.prompt(), item.spread(), item.min(),
                        item.max(), item.median(), String.join(", ", item.farFromMedian())));
            }
            write(workbook.createSheet("Agenda"), agenda, bold);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The spreadsheet could not be written", e);
        }
    }

    private static MemberAnswer answerOf(QuestionComparison question, String council) {
        return question.answers().stream().filter(a -> a.councilCode().equals(council)).findFirst().orElse(null);
    }

    private static void write(Sheet sheet, List<List<Object>> rows, CellStyle bold) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                var cell = row.createCell(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
                if (r == 0) {
                    cell.setCellStyle(bold);
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
