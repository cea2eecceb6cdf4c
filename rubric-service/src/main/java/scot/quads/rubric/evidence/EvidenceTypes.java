package scot.quads.rubric.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;

/**
 * Which files an evidence pack takes, decided from the file's own bytes, never from the name or the type the client
 * gives. Apache Tika reads the magic numbers (PDF, PNG, JPEG), or finds text; a Word, Excel or PowerPoint file is a
 * ZIP container, told apart by the parts it holds (its {@code [Content_Types].xml} and {@code word/document.xml},
 * {@code xl/workbook.xml} or {@code ppt/presentation.xml}, read from the ZIP's directory without unpacking
 * anything). The name only tells CSV from other text. An executable renamed {@code report.pdf}, or a ZIP renamed
 * {@code notes.docx}, is detected as what it is and refused.
 */
public final class EvidenceTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String CSV = "text/csv";
    public static final String TEXT = "text/plain";

    /** The media types accepted, each with the words people know it by. */
    public static final Map<String, String> ALLOWED;

    static {
        Map<String, String> allowed = new LinkedHashMap<>();
        allowed.put(PDF, "PDF");
        allowed.put(DOCX, "Word (DOCX)");
        allowed.put(XLSX, "Excel (XLSX)");
        allowed.put(PPTX, "PowerPoint (PPTX)");
        allowed.put(PNG, "PNG image");
        allowed.put(JPEG, "JPEG image");
        allowed.put(CSV, "CSV");
        allowed.put(TEXT, "plain text");
        ALLOWED = Map.copyOf(allowed);
    }

    /** What people are told the pack accepts. */
    public static final String ALLOWED_WORDS = "PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), CSV, plain text,"
            + " PNG or JPEG";

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> OFFICE_PARTS = Map.of("word/document.xml", DOCX, "xl/workbook.xml",
            XLSX, "ppt/presentation.xml", PPTX);

    private EvidenceTypes() {
    }

    /** What a file is, as detected from its bytes: an accepted type, or else what it was found to be. */
    public record Detected(String mediaType, boolean accepted) {
    }

    /** Detects the type of the file at {@code path}; {@code fileName} only tells CSV from plain text. */
    public static Detected detect(Path path, String fileName) throws IOException {
        String magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024)) {
            magic = TIKA.detect(in);
        }
        return switch (magic) {
            case PDF, PNG, JPEG -> new Detected(magic, true);
            case TEXT -> new Detected(fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV
                    : TEXT, true);
            case "application/zip", "application/x-tika-ooxml" -> office(path);
            default -> new Detected(magic, false);
        };
    }

    /** A ZIP that is a Word, Excel or PowerPoint file by the parts it holds, or else just a ZIP. */
    private static Detected office(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                for (Map.Entry<String, String> part : OFFICE_PARTS.entrySet()) {
                    if (zip.getEntry(part.getKey()) != null) {
                        return new Detected(part.getValue(), true);
                    }
                }
            }
        } catch (ZipException | RuntimeException broken) {
            return new Detected("application/zip", false);
        } catch (IOException unreadable) {
            return new Detected("application/zip", false);
        }
        return new Detected("application/zip", false);
    }
}
