package scot.quads.quad.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A session pack as a Word document: Word's Title, Heading 1 (sections) and Heading 2 (agenda items) styles with
 * outline levels, so the navigation pane and screen readers see its structure; bullets as List Bullet paragraphs.
 */
public final class SessionPackDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private SessionPackDocx() {
    }

    public static byte[] of(SessionPack pack) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(style(styles, "Title", "Title", 0, 36));
            styles.addStyle(style(styles, "Heading1", "heading 1", 1, 28));
            styles.addStyle(style(styles, "Heading2", "heading 2", 2, 24));
            document.getProperties().getCoreProperties().setTitle(pack.title());
            document.getProperties().getCoreProperties().setSubjectProperty("Quads session pack");
            paragraph(document, "Title", pack.title());
            paragraph(document, null, pack.subtitle());
            for (SessionPack.Section section : pack.sections()) {
                paragraph(document, "Heading1", section.heading());
                for (SessionPack.Block block : section.blocks()) {
                    switch (block.kind()) {
                        case SUBHEADING -> paragraph(document, "Heading2", block.text());
                        case BULLET -> paragraph(document, null, "\u2022 " + block.text());
                        default -> paragraph(document, null, block.text());
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The session pack could not be written as a Word document", e);
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

    private static XWPFStyle style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(200));
        var fonts = style.addNewRPr();
        fonts.addNewB();
        fonts.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style, styles);
    }
}
