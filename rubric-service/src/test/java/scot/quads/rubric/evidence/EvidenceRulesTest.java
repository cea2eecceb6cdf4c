package scot.quads.rubric.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.quads.support.problem.Problem.FieldError;

/** The evidence pack's rules that need no database: types from the bytes, names, addresses and sizes in words. */
class EvidenceRulesTest {

    @TempDir
    Path dir;

    @Test
    void typesComeFromTheBytesNotTheName() throws IOException {
        assertThat(detect("report.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(new EvidenceTypes.Detected(EvidenceTypes.PDF, true));
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(detect("report.pdf", exe).accepted()).isFalse();
        byte[] noise = new byte[2048];
        new java.util.Random(1).nextBytes(noise);
        noise[0] = 0;
        assertThat(detect("figures.pdf", noise).accepted()).as("unknown bytes named .pdf").isFalse();
        assertThat(detect("figures.csv", noise).accepted()).as("unknown bytes named .csv").isFalse();
        assertThat(detect("destinations.csv", "school,leavers\nA,10\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(new EvidenceTypes.Detected(EvidenceTypes.CSV, true));
        assertThat(detect("notes", "Minutes of the meeting\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new EvidenceTypes.Detected(EvidenceTypes.TEXT, true));
        assertThat(detect("page.txt", "<html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8)).accepted()).as("HTML named .txt").isFalse();
    }

    @Test
    void anOfficeFileIsKnownByThePartsInItsZipAndAPlainZipIsRefusedWhateverItsName() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Improvement plan");
            document.write(out);
            docx = out.toByteArray();
        }
        assertThat(detect("plan.xlsx", docx)).isEqualTo(new EvidenceTypes.Detected(EvidenceTypes.DOCX, true));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(detect("plan.docx", zip.toByteArray())).isEqualTo(new EvidenceTypes.Detected("application/zip",
                false));
    }

    @Test
    void namesKeepTheirLastPartWithoutCharactersFileSystemsRefuse() {
        assertThat(EvidenceService.fileName("C:\\fakepath\\Attainment: review 2026.pdf"))
                .isEqualTo("Attainment- review 2026.pdf");
        assertThat(EvidenceService.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceService.fileName("..pdf")).isEqualTo("pdf");
        assertThat(EvidenceService.fileName("a".repeat(300) + ".pdf")).hasSize(200).endsWith("a.pdf");
    }

    @Test
    void onlyHttpsAddressesWithAHostAreLinks() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(EvidenceService.httpsUrl(" https://www.example.org/plan?year=2026 ", errors))
                .isEqualTo("https://www.example.org/plan?year=2026");
        assertThat(errors).isEmpty();
        for (String bad : List.of("http://www.example.org", "javascript:alert(1)", "https://", "https:///path",
                "https://user:secret@example.org/", "ftp://example.org", "not an address", "")) {
            List<FieldError> found = new ArrayList<>();
            assertThat(EvidenceService.httpsUrl(bad, found)).as(bad).isNull();
            assertThat(found).extracting(FieldError::field).as(bad).containsExactly("url");
        }
    }

    @Test
    void sizesAreSaidInMegabytes() {
        assertThat(EvidenceService.megabytes(20 * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(EvidenceService.megabytes(500L * 1024 * 1024)).isEqualTo("500 MB");
        assertThat(EvidenceService.megabytes(1536 * 1024)).isEqualTo("1.5 MB");
    }

    private EvidenceTypes.Detected detect(String name, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".bin");
        Files.write(file, bytes);
        return EvidenceTypes.detect(file, name);
    }
}
