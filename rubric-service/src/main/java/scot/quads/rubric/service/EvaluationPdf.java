package scot.quads.rubric.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import scot.quads.rubric.Answer;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.Statement;
import scot.quads.rubric.service.EvaluationService.EvaluationView;

/**
 * One council's self-evaluation as a printable report for committee papers: the cover at the top (council and cycle
 * by name, DRAFT or the date it was submitted, framework version, when it was generated, repeated in every page's
 * margins with the page number), then each theme, indicator and question with the level (number and label) or the
 * reason it does not apply, and the narratives exactly as typed (any Unicode, line breaks kept). The font is embedded (Liberation Sans,
 * shipped inside OpenPDF) so that letters outside Latin-1 print too.
 */
public final class EvaluationPdf {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color GREY = new Color(90, 90, 90);
    private static final Color DRAFT_RED = new Color(0xA0, 0x1C, 0x1C);

    private static final Map<String, String> SWOT_HEADINGS = Map.of("strength", "Strengths", "weakness",
            "Weaknesses", "opportunity", "Opportunities", "threat", "Threats");

    private EvaluationPdf() {
    }

    public static byte[] of(EvaluationView view, ExportCover cover) {
        BaseFont base = font();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font subheading = new Font(base, 11, Font.BOLD);
        Font body = new Font(base, 10, Font.NORMAL);
        Font label = new Font(base, 10, Font.BOLD);
        Font muted = new Font(base, 9, Font.NORMAL, GREY);
        RubricContent content = view.content();
        Map<Integer, String> levels = content.scale().stream()
                .collect(Collectors.toMap(level -> level.value, level -> level.label, (a, b) -> a));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Margins(cover, base));
            document.addTitle(cover.title());
            document.open();
            document.add(new Paragraph(cover.title(), title));
            document.add(new Paragraph(cover.status(), cover.draft() ? new Font(base, 12, Font.BOLD, DRAFT_RED)
                    : label));
            document.add(new Paragraph("Framework: " + cover.framework(), body));
            document.add(new Paragraph(view.answered() + " of " + content.questions().size()
                    + " questions answered", body));
            document.add(new Paragraph(cover.generatedOn(), muted));
            Statement statement = view.statement();
            if (statement != null) {
                Paragraph statementTitle = new Paragraph("Self-evaluative statement", heading);
                statementTitle.setSpacingBefore(16);
                document.add(statementTitle);
                narrative(document, "Context", statement.context, label, body);
                for (String kind : Statement.KINDS) {
                    List<Statement.SwotItem> items = statement.orderedSwot().stream()
                            .filter(item -> item.kind().equals(kind)).toList();
                    if (items.isEmpty()) {
                        continue;
                    }
                    Paragraph kindTitle = new Paragraph(SWOT_HEADINGS.get(kind), subheading);
                    kindTitle.setSpacingBefore(6);
                    document.add(kindTitle);
                    for (Statement.SwotItem item : items) {
                        List<String> related = new ArrayList<>(item.indicators());
                        related.addAll(item.questions());
                        related.addAll(item.contextIndicators());
                        document.add(new Paragraph(item.priority() + ". " + item.text(), body));
                        if (!related.isEmpty()) {
                            document.add(new Paragraph("Relates to " + String.join(", ", related), muted));
                        }
                    }
                }
                narrative(document, "Summary", statement.summary, label, body);
                if (statement.carriedForward) {
                    document.add(new Paragraph("Carried forward from the previous cycle, not yet reviewed", muted));
                }
            }
            for (RubricContent.ThemeNode theme : content.themes()) {
                Paragraph themeTitle = new Paragraph(theme.theme().code + "  " + theme.theme().title, heading);
                themeTitle.setSpacingBefore(16);
                document.add(themeTitle);
                for (RubricContent.IndicatorNode indicator : theme.indicators()) {
                    Paragraph indicatorTitle = new Paragraph(indicator.indicator().code + "  "
                            + indicator.indicator().title, subheading);
                    indicatorTitle.setSpacingBefore(10);
                    document.add(indicatorTitle);
                    if (content.version().gradedPerIndicator()) {
                        // Graded per quality indicator: the indicator's own level and narrative, then its prompts.
                        Answer whole = view.answersByQuestion().get(indicator.indicator().id);
                        document.add(new Paragraph("The quality indicator as a whole: " + level(whole, levels),
                                body));
                        if (whole != null) {
                            narrative(document, "Evidence", whole.evidence, label, body);
                            narrative(document, "Strengths", whole.strengths, label, body);
                            narrative(document, "Areas for improvement", whole.areasForImprovement, label, body);
                            narrative(document, "Next steps", whole.nextSteps, label, body);
                            if (whole.carriedForward) {
                                document.add(new Paragraph("Carried forward from the previous cycle, not yet"
                                        + " confirmed", muted));
                            }
                        }
                    }
                    for (var question : indicator.questions()) {
                        Paragraph prompt = new Paragraph(question.code + "  " + question.prompt, label);
                        prompt.setSpacingBefore(6);
                        document.add(prompt);
                        Answer answer = view.answersByQuestion().get(question.id);
                        if (!question.isNarrative()) {
                            document.add(new Paragraph(level(answer, levels), body));
                        } else if (answer == null || !answer.hasNarrative()) {
                            document.add(new Paragraph(question.required ? "Not answered" : "Not answered (optional)",
                                    body));
                        }
                        if (answer == null) {
                            continue;
                        }
                        narrative(document, "Evidence", answer.evidence, label, body);
                        narrative(document, "Strengths", answer.strengths, label, body);
                        narrative(document, "Areas for improvement", answer.areasForImprovement, label, body);
                        narrative(document, "Next steps", answer.nextSteps, label, body);
                        if (answer.carriedForward) {
                            document.add(new Paragraph("Carried forward from the previous cycle, not yet confirmed",
                                    muted));
                        }
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** Every page's margins: the title, DRAFT until submitted, when it was generated and the page number. */
    private static final class Margins extends PdfPageEventHelper {
        private final ExportCover cover;
        private final Font small;
        private final Font draft;

        Margins(ExportCover cover, BaseFont base) {
            this.cover = cover;
            this.small = new Font(base, 8, Font.NORMAL, GREY);
            this.draft = new Font(base, 10, Font.BOLD, DRAFT_RED);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float top = document.top() + 25;
            float bottom = document.bottom() - 30;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(cover.title(), small),
                    document.left(), top, 0);
            if (cover.draft()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("DRAFT", draft),
                        document.right(), top, 0);
            }
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(cover.generatedOn(), small),
                    document.left(), bottom, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), small), document.right(), bottom, 0);
        }
    }

    private static String level(Answer answer, Map<Integer, String> levels) {
        if (answer == null || !answer.isComplete()) {
            return "Not answered";
        }
        if (answer.notApplicable) {
            return "Not applicable: " + answer.notApplicableReason;
        }
        return "Level " + answer.level + " \u2013 " + levels.getOrDefault(answer.level, "");
    }

    private static void narrative(Document document, String name, String text, Font label, Font body)
            throws DocumentException {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(name + ": ", label));
        paragraph.add(new Chunk(text, body));
        document.add(paragraph);
    }

    private static BaseFont font() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's font " + FONT + " is missing");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF font could not be loaded", e);
        }
    }
}
