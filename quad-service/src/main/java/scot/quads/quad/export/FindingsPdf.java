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
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import scot.quads.quad.findings.FindingsReport;

/**
 * A published findings report as a tagged PDF with the same headings and text as its public page: the title (council,
 * cycle, edition), when it was published and whether a later edition corrected it, then each section. Made only
 * from a published edition, so it holds only what the council put in its report.
 */
public final class FindingsPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10.5f);
    private static final Font MUTED = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(80, 80, 80));
    private static final Font NOTICE = new Font(Font.HELVETICA, 10.5f, Font.BOLD, new Color(0xA0, 0x1C, 0x1C));
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private FindingsPdf() {
    }

    /** The report's title, as its page and its PDF show it. */
    public static String title(FindingsReport report) {
        return report.councilName + ": findings report " + report.cycleName
                + (report.edition > 1 ? " (edition " + report.edition + ")" : "");
    }

    public static String fileName(FindingsReport report) {
        return title(report) + ".pdf";
    }

    /**
     * The PDF, tagged (PDF/UA's structure: the document's language and title shown as its title, a structure tree of
     * H1, H2 and P elements in reading order, the running header and footer marked as artifacts), so that screen
     * readers read it as the page reads. The text is laid out in one column from the page's top margin, page after
     * page, each piece marked with the structure element it belongs to.
     */
    public static byte[] of(FindingsReport report, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        String title = title(report);
        String published = "Published " + DAY.format(report.publishedAt.atZoneSameInstant(zone));
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setTagged();
            writer.setPageEvent(new Margins(title));
            document.addTitle(title);
            document.addSubject("Quads findings report");
            document.setDocumentLanguage("en-GB");
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
            Flow flow = new Flow(document, writer);
            PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
            flow.add(root, PdfName.H1, new Paragraph(title, TITLE));
            flow.add(root, PdfName.P, new Paragraph(published, MUTED));
            if (report.supersededBy != null) {
                flow.add(root, PdfName.P, new Paragraph("This edition was replaced by a corrected edition on "
                        + DAY.format(report.supersededAt.atZoneSameInstant(zone)) + ".", NOTICE));
            }
            if (report.correctionReason != null) {
                flow.add(root, PdfName.P, new Paragraph("This edition corrects edition " + (report.edition - 1)
                        + ": " + report.correctionReason, TEXT));
            }
            for (FindingsReport.Section section : report.sections) {
                if (section.paragraphs().isEmpty()) {
                    continue;
                }
                PdfStructureElement part = new PdfStructureElement(root, PdfName.SECT);
                Paragraph heading = new Paragraph(section.title(), HEADING);
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(4);
                flow.add(part, PdfName.H2, heading);
                for (FindingsReport.Paragraph paragraph : section.paragraphs()) {
                    Paragraph text = new Paragraph(paragraph.text(), TEXT);
                    text.setSpacingAfter(6);
                    flow.add(part, PdfName.P, text);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The findings report could not be written as a PDF", e);
        }
        return out.toByteArray();
    }

    /** Lays paragraphs out down the page's text area, onto new pages as needed, each marked with its element. */
    private static final class Flow {
        private final Document document;
        private final PdfWriter writer;
        private final PdfContentByte canvas;
        private float y;

        Flow(Document document, PdfWriter writer) {
            this.document = document;
            this.writer = writer;
            this.canvas = writer.getDirectContent();
            this.y = document.top();
        }

        void add(PdfStructureElement parent, PdfName role, Paragraph paragraph) throws DocumentException {
            PdfStructureElement element = new PdfStructureElement(parent, role);
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            column.addElement(paragraph);
            canvas.beginMarkedContentSequence(element);
            int status = column.go();
            canvas.endMarkedContentSequence();
            while (ColumnText.hasMoreText(status)) {
                writer.setPageEmpty(false);
                document.newPage();
                column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
                canvas.beginMarkedContentSequence(element);
                status = column.go();
                canvas.endMarkedContentSequence();
            }
            y = column.getYLine();
        }
    }

    private static final class Margins extends PdfPageEventHelper {
        private final String title;

        Margins(String title) {
            this.title = title;
        }

        /** The running footer: an artifact, which screen readers skip (the title was read at the top). */
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginMarkedContentSequence(ARTIFACT);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(title, MUTED), document.left(),
                    document.bottom() - 22, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("Page " + writer.getPageNumber(),
                    MUTED), document.right(), document.bottom() - 22, 0);
            canvas.endMarkedContentSequence();
        }
    }
}
