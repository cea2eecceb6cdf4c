package scot.quads.rubric.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * Which files an evidence pack takes, decided from the file's own bytes by Apache Tika (its magic numbers, with the
 * file name only to tell apart the Office formats that share one ZIP container), never from what the client says
 * the type is. An executable renamed {@code report.pdf} is detected as an executable and refused.
 */
public final class EvidenceTypes {

    /** The media types accepted, each with the words people know it by. */
    public static final Map<String, String> ALLOWED;

    static {
        Map<String, String> allowed = new LinkedHashMap<>();
        allowed.put("application/pdf", "PDF");
        allowed.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)");
        allowed.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)");
        allowed.put("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "PowerPoint (PPTX)");
        allowed.put("image/png", "PNG image");
        allowed.put("image/jpeg", "JPEG image");
        allowed.put("text/csv", "CSV");
        allowed.put("text/plain", "plain text");
        ALLOWED = Map.copyOf(allowed);
    }

    /** What people are told the pack accepts. */
    public static final String ALLOWED_WORDS = "PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), CSV, plain text,"
            + " PNG or JPEG";

    private static final Tika TIKA = new Tika();

    private EvidenceTypes() {
    }

    /**
     * The media type detected from the start of the stream (which must support mark and reset; it is reset to where
     * it was), with the file name as a hint.
     */
    public static String detect(InputStream bytes, String fileName) throws IOException {
        if (!bytes.markSupported()) {
            throw new IllegalArgumentException("The stream must support mark and reset");
        }
        return TIKA.detect(bytes, fileName);
    }

    /** The accepted type, if the detected one is on the list. */
    public static Optional<String> allowed(String detected) {
        return Optional.ofNullable(detected).filter(ALLOWED::containsKey);
    }
}
