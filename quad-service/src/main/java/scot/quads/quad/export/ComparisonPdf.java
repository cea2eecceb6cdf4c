package scot.quads.quad.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import scot.quads.quad.comparison.Comparison.AgendaItem;
import scot.quads.quad.comparison.Comparison.DistanceFlag;
import scot.quads.quad.comparison.Comparison.MemberAnswer;
import scot.quads.quad.comparison.Comparison.MemberStatus;
import scot.quads.quad.comparison.Comparison.QuestionComparison;
import scot.quads.quad.comparison.Comparison.ThinEvidenceFlag;
import scot.quads.quad.comparison.Comparison;

/**
 * The quad's comparison as a printable report for committee papers: the cover (quad and cycle by name, DRAFT while a
 * member has not submitted, when it was generated, repeated in every page's margins), a heat map of questions
 * against members (each level as its number and label, shaded from weak to excellent; in a version graded per
 * quality indicator, of indicators, followed by the narrative answers to each indicator's questions), the flags, the
 * agenda, then the quad's sessions (with their notes),
 * comment threads and actions. Written from a {@link Comparison}
 * already built for the caller, so it holds exactly what the caller may see.
 */
public final class ComparisonPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font MUTED = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(90, 90, 90));
    private static final Font DRAFT = new Font(Font.HELVETICA, 11, Font.BOLD, new Color(0xA0, 0x1C, 0x1C));
    /** Shades for levels 1 to 6: red through amber to green. */
    private static final Color[] SHADES = { new Color(0xF4, 0xA5, 0x9C), new Color(0xF8, 0xC4, 0x9A),
            new Color(0xFB, 0xE3, 0x9B), new Color(0xE2, 0xEE, 0xA4), new Color(0xB9, 0xDF, 0xA6),
            new Color(0x8F, 0xCF, 0x9C) };

    private ComparisonPdf() {
    }

    public static byte[] of(Comparison comparison, ComparisonCover cover) {
        return of(comparison, cover, QuadWork.NONE);
    }

    /** The comparison, then the quad's sessions, comment threads and actions. */
    public static byte[] of(Comparison comparison, ComparisonCover cover, QuadWork work) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Margins(cover));
            document.addTitle(cover.title());
            document.open();
            document.add(new Paragraph(cover.title(), TITLE));
            document.add(new Paragraph(cover.status(), cover.draft() ? DRAFT : BOLD));
            document.add(new Paragraph("Cycle: " + comparison.cycle().name() + "; rubric version: "
                    + comparison.cycle().rubricVersionLabel()
                    + (cover.deadline().isEmpty() ? "" : "; deadline " + cover.deadline()), TEXT));
            document.add(new Paragraph(comparison.reveal().explanation(), TEXT));
            document.add(new Paragraph(cover.generatedOn(), MUTED));
            if (perIndicator(comparison)) {
                document.add(new Paragraph("This rubric version grades each quality indicator as a whole: each row"
                        + " is an indicator with its one level, and the answers to its questions, in words with no"
                        + " level, follow the table.", TEXT));
            }
            document.add(heatMap(comparison, cover));
            if (perIndicator(comparison)) {
                document.add(new Paragraph("Answers to the indicators' questions", HEADING));
                document.add(questionAnswers(comparison, cover));
            }
            document.add(new Paragraph("Flags", HEADING));
            document.add(flags(comparison, cover));
            document.add(new Paragraph("Agenda: where the quad diverges most", HEADING));
            document.add(agenda(comparison.agenda(), perIndicator(comparison)));
            document.add(new Paragraph("Sessions", HEADING));
            document.add(rows(QuadWork.SESSION_HEADINGS, new float[] { 2f, 2f, 2f, 8f }, work.sessionRows(),
                    "The quad has not held a session yet"));
            document.add(new Paragraph("Comment threads", HEADING));
            document.add(rows(QuadWork.commentHeadings(perIndicator(comparison)),
                    new float[] { 1f, 2f, 1.2f, 2.5f, 2f, 7f }, work.commentRows(cover::name), "No comments"));
            document.add(new Paragraph("Actions", HEADING));
            document.add(rows(QuadWork.actionHeadings(perIndicator(comparison)), new float[] { 1.6f, 3.5f, 1.2f, 1.4f,
                    1.5f, 1.8f, 2.2f, 1.4f, 1.4f, 1.8f, 2.2f }, work.actionRows(cover::name),
                    "The quad has not agreed any actions"));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The comparison report could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable heatMap(Comparison comparison, ComparisonCover cover) throws DocumentException {
        List<MemberStatus> shown = comparison.members().stream().filter(MemberStatus::answersShown).toList();
        PdfPTable table = new PdfPTable(2 + shown.size() + 2);
        float[] widths = new float[2 + shown.size() + 2];
        widths[0] = 1.2f;
        widths[1] = 5f;
        for (int i = 0; i < shown.size(); i++) {
            widths[2 + i] = 2f;
        }
        widths[2 + shown.size()] = 1.2f;
        widths[3 + shown.size()] = 1.2f;
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        header(table, itemHeading(comparison));
        header(table, perIndicator(comparison) ? "Title" : "Prompt");
        shown.forEach(member -> header(table, cover.name(member.code())));
        header(table, "Median");
        header(table, "Range");
        for (QuestionComparison question : comparison.questions()) {
            table.addCell(cell(question.questionCode(), null));
            table.addCell(cell(question.prompt(), null));
            for (MemberStatus member : shown) {
                MemberAnswer answer = question.answers().stream()
                        .filter(a -> a.councilCode().equals(member.code())).findFirst().orElse(null);
                table.addCell(levelCell(answer));
            }
            table.addCell(cell(number(question.statistics().median()), null));
            table.addCell(cell(question.statistics().range() == null ? "" : question.statistics().range().toString(),
                    null));
        }
        return table;
    }

    private static PdfPTable flags(Comparison comparison, ComparisonCover cover) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] { 1.2f, 2f, 6f });
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        header(table, itemHeading(comparison));
        header(table, "Council");
        header(table, "Flag");
        for (DistanceFlag flag : comparison.flags().farFromMedian()) {
            table.addCell(cell(flag.questionCode(), null));
            table.addCell(cell(cover.name(flag.councilCode()), null));
            table.addCell(cell("Level " + flag.level() + " is " + number(flag.distance()) + " " + flag.direction()
                    + " the quad median of " + number(flag.median()), null));
        }
        for (ThinEvidenceFlag flag : comparison.flags().thinEvidence()) {
            table.addCell(cell(flag.questionCode(), null));
            table.addCell(cell(cover.name(flag.councilCode()), null));
            table.addCell(cell("Level " + flag.level() + " " + flag.levelLabel() + " rests on " + flag.evidenceLength()
                    + " characters of evidence (thin: under " + comparison.flags().thinEvidenceBelow() + ")", null));
        }
        if (comparison.flags().farFromMedian().isEmpty() && comparison.flags().thinEvidence().isEmpty()) {
            PdfPCell none = cell("No flags", null);
            none.setColspan(3);
            table.addCell(none);
        }
        return table;
    }

    private static PdfPTable agenda(List<AgendaItem> agenda, boolean perIndicator) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] { 0.7f, 1.2f, 6f, 1f, 1.5f, 1.2f });
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        header(table, "Rank");
        header(table, perIndicator ? "Quality indicator" : "Question");
        header(table, perIndicator ? "Title" : "Prompt");
        header(table, "Range");
        header(table, "Lowest to highest");
        header(table, "Median");
        for (AgendaItem item : agenda) {
            table.addCell(cell(Integer.toString(item.rank()), null));
            table.addCell(cell(item.questionCode(), null));
            table.addCell(cell(item.prompt(), null));
            table.addCell(cell(Integer.toString(item.spread()), null));
            table.addCell(cell(item.min() + " to " + item.max(), null));
            table.addCell(cell(number(item.median()), null));
        }
        if (agenda.isEmpty()) {
            PdfPCell none = cell("The members agree on every " + (perIndicator ? "quality indicator" : "question"),
                    null);
            none.setColspan(6);
            table.addCell(none);
        }
        return table;
    }

    /**
     * In a version graded per quality indicator, each member's narrative answers to each indicator's questions (no
     * level: the level is the indicator's, in the heat map), a row per answer in rubric order.
     */
    private static PdfPTable questionAnswers(Comparison comparison, ComparisonCover cover) throws DocumentException {
        List<ComparisonXlsx.PromptRow> rows = ComparisonXlsx.promptRows(comparison, cover);
        PdfPTable table = new PdfPTable(new float[] { 1.2f, 1.2f, 3.5f, 2f, 7f });
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        header(table, "Quality indicator");
        header(table, "Question");
        header(table, "Prompt");
        header(table, "Council");
        header(table, "Answer");
        for (ComparisonXlsx.PromptRow row : rows) {
            table.addCell(cell(row.indicatorCode(), null));
            table.addCell(cell(row.questionCode(), null));
            table.addCell(cell(row.prompt() == null ? "" : row.prompt(), null));
            table.addCell(cell(row.council(), null));
            table.addCell(cell(String.join("\n\n", row.narrative()), null));
        }
        if (rows.isEmpty()) {
            PdfPCell none = cell("No answers to the indicators' questions are shown", null);
            none.setColspan(5);
            table.addCell(none);
        }
        return table;
    }

    private static boolean perIndicator(Comparison comparison) {
        return comparison.cycle() != null && comparison.cycle().gradedPerIndicator();
    }

    private static String itemHeading(Comparison comparison) {
        return perIndicator(comparison) ? "Quality indicator" : "Question";
    }

    /** A table of plain rows under bold headings; {@code none} in one cell when there are no rows. */
    private static PdfPTable rows(List<String> headings, float[] widths, List<List<String>> rows, String none)
            throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        headings.forEach(heading -> header(table, heading));
        for (List<String> row : rows) {
            row.forEach(text -> table.addCell(cell(text, null)));
        }
        if (rows.isEmpty()) {
            PdfPCell empty = cell(none, null);
            empty.setColspan(headings.size());
            table.addCell(empty);
        }
        return table;
    }

    /** Every page's margins: the title, DRAFT while a member has not submitted, the date made, the page number. */
    private static final class Margins extends PdfPageEventHelper {
        private final ComparisonCover cover;

        Margins(ComparisonCover cover) {
            this.cover = cover;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float top = document.top() + 18;
            float bottom = document.bottom() - 22;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(cover.title(), MUTED),
                    document.left(), top, 0);
            if (cover.draft()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("DRAFT", DRAFT),
                        document.right(), top, 0);
            }
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(cover.generatedOn(), MUTED),
                    document.left(), bottom, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), MUTED), document.right(), bottom, 0);
        }
    }

    private static PdfPCell levelCell(MemberAnswer answer) {
        if (answer == null || !answer.answered()) {
            return cell("no answer", null);
        }
        if (answer.notApplicable()) {
            return cell("n/a", null);
        }
        if (answer.level() == null) {
            return cell("no level", null);
        }
        int level = answer.level();
        Color shade = level >= 1 && level <= SHADES.length ? SHADES[level - 1] : null;
        return cell(level + " " + (answer.levelLabel() == null ? "" : answer.levelLabel()), shade);
    }

    private static void header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(new Color(0xE8, 0xE8, 0xE8));
        table.addCell(cell);
    }

    private static PdfPCell cell(String text, Color shade) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, TEXT));
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Integer.toString(value.intValue()) : value.toString();
    }
}
