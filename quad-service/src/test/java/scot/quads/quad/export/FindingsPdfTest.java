package scot.quads.quad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.quad.findings.FindingsReport;
import scot.quads.quad.findings.FindingsReport.Paragraph;
import scot.quads.quad.findings.FindingsReport.Section;

/**
 * A published report's PDF is tagged, as a screen reader needs it: marked, its language and title declared, its
 * structure tree the page's title (H1), each section's heading (H2) and paragraphs (P) in reading order, across
 * pages; and its text is still the report's.
 */
class FindingsPdfTest {

    @Test
    void thePdfIsTaggedWithItsLanguageTitleAndTheHeadingsAndParagraphsInReadingOrder() throws IOException {
        FindingsReport report = new FindingsReport();
        report.councilName = "Example Council";
        report.cycleName = "2026-27";
        report.edition = 1;
        report.publishedAt = OffsetDateTime.of(2027, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        List<Paragraph> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new Paragraph(UUID.randomUUID(), "Strength number " + i + ": " + "steady work. ".repeat(20),
                    null, false));
        }
        report.sections = List.of(
                new Section("introduction", "Introduction and context", List.of(
                        new Paragraph(UUID.randomUUID(), "A council of towns and islands.", null, false))),
                new Section("strengths", "Strengths", many),
                new Section("conclusion", "Conclusion", List.of()));

        PdfReader pdf = new PdfReader(FindingsPdf.of(report, ZoneId.of("Europe/London")));

        PdfDictionary catalog = pdf.getCatalog();
        assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED).toString()).isEqualTo("true");
        assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("en-GB");
        assertThat(catalog.getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE).toString())
                .isEqualTo("true");
        assertThat(pdf.getInfo().get("Title")).isEqualTo("Example Council: findings report 2026-27");
        assertThat(pdf.getNumberOfPages()).isGreaterThan(1);

        List<String> roles = new ArrayList<>();
        walk(catalog.getAsDict(PdfName.STRUCTTREEROOT), roles);
        assertThat(roles.get(0)).isEqualTo("Document");
        assertThat(roles).containsSubsequence("H1", "P", "Sect", "H2", "P", "Sect", "H2", "P");
        assertThat(roles.stream().filter("H2"::equals)).hasSize(2);
        assertThat(roles.stream().filter("P"::equals)).hasSize(1 + 1 + 60);

        PdfTextExtractor text = new PdfTextExtractor(pdf);
        assertThat(text.getTextFromPage(1)).contains("Example Council: findings report 2026-27")
                .contains("Introduction and context").contains("A council of towns and islands.");
        assertThat(text.getTextFromPage(pdf.getNumberOfPages())).contains("Strength number 59");
    }

    /** The structure elements' roles, depth first, as a screen reader meets them. */
    private static void walk(PdfDictionary node, List<String> roles) {
        PdfObject kids = PdfReader.getPdfObject(node.get(PdfName.K));
        if (kids == null) {
            return;
        }
        List<PdfObject> children = new ArrayList<>();
        if (kids.isArray()) {
            ((PdfArray) kids).getElements().forEach(children::add);
        } else {
            children.add(kids);
        }
        for (PdfObject child : children) {
            PdfObject resolved = PdfReader.getPdfObject(child);
            if (resolved != null && resolved.isDictionary()) {
                PdfDictionary element = (PdfDictionary) resolved;
                PdfName role = element.getAsName(PdfName.S);
                if (role != null && element.get(PdfName.MCID) == null) {
                    roles.add(PdfName.decodeName(role.toString()));
                    walk(element, roles);
                }
            }
        }
    }
}
