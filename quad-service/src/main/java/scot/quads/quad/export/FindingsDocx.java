package scot.quads.quad.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import scot.quads.quad.findings.FindingsReport;

/**
 * A published findings report as a Word document for committee papers, with the same headings and text as its
 * public page and PDF. Its title and section headings use Word's own Title and Heading 1 styles (with outline
 * levels), so that Word's navigation pane, a table of contents and screen readers see the report's structure.
 */
public final class FindingsDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private FindingsDocx() {
    }

    public static String fileName(FindingsReport report) {
        return FindingsPdf.title(report) + ".docx";
    }

    public static byte[] of(FindingsReport report, ZoneId zone) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(heading(styles, "Title", "Title", 0, 36));
            styles.addStyle(heading(styles, "Heading1", "heading 1", 1, 28));
            document.getProperties().getCoreProperties().setTitle(FindingsPdf.title(report));
            document.getProperties().getCoreProperties().setSubjectProperty("Quads findings report");

            paragraph(document, "Title", FindingsPdf.title(report));
            paragraph(document, null, "Published " + DAY.format(report.publishedAt.atZoneSameInstant(zone)));
            if (report.supersededBy != null) {
                paragraph(document, null, "This edition was replaced by a corrected edition on "
                        + DAY.format(report.supersededAt.atZoneSameInstant(zone)) + ".");
            }
            if (report.correctionReason != null) {
                paragraph(document, null, "This edition corrects edition " + (report.edition - 1) + ": "
                        + report.correctionReason);
            }
            for (FindingsReport.Section section : report.sections) {
                if (section.paragraphs().isEmpty()) {
                    continue;
                }
                paragraph(document, "Heading1", section.title());
                for (FindingsReport.Paragraph text : section.paragraphs()) {
                    paragraph(document, null, text.text());
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The findings report could not be written as a Word document", e);
        }
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        String[] lines = text.split("\r?\n", -1);
        XWPFRun run = paragraph.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /** A paragraph style for a heading: its id, its name as Word knows it, its outline level, its size in half-points. */
    private static XWPFStyle heading(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        var fonts = style.addNewRPr();
        fonts.addNewB();
        fonts.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style, styles);
    }
}
