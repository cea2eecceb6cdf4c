package scot.quads.quad.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/** A session pack as a PDF: A4, the title, its line, then each section's heading and blocks; page numbers. */
public final class SessionPackPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font MUTED = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(80, 80, 80));

    private SessionPackPdf() {
    }

    public static byte[] of(SessionPack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT,
                            new Phrase(pack.title(), MUTED), d.left(), d.bottom() - 22, 0);
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                            new Phrase("Page " + w.getPageNumber(), MUTED), d.right(), d.bottom() - 22, 0);
                }
            });
            document.addTitle(pack.title());
            document.addSubject("Quads session pack");
            document.setDocumentLanguage("en-GB");
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.open();
            document.add(new Paragraph(pack.title(), TITLE));
            document.add(new Paragraph(pack.subtitle(), MUTED));
            for (SessionPack.Section section : pack.sections()) {
                Paragraph heading = new Paragraph(section.heading(), HEADING);
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(4);
                document.add(heading);
                for (SessionPack.Block block : section.blocks()) {
                    Paragraph text = switch (block.kind()) {
                        case SUBHEADING -> new Paragraph(block.text(), SUBHEADING);
                        case BULLET -> new Paragraph("\u2022 " + block.text(), TEXT);
                        default -> new Paragraph(block.text(), TEXT);
                    };
                    if (block.kind() == SessionPack.Kind.SUBHEADING) {
                        text.setSpacingBefore(8);
                    }
                    if (block.kind() == SessionPack.Kind.BULLET) {
                        text.setIndentationLeft(12);
                    }
                    text.setSpacingAfter(4);
                    document.add(text);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The session pack could not be written as a PDF", e);
        }
        return out.toByteArray();
    }
}
