package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTransferTest {

    @Test
    void theFileIsATwentyMegabytePdfInAMultipartFormWithItsTitle() {
        byte[] file = EvidenceTransfer.pdf();
        assertThat(file).hasSize(20 * 1024 * 1024);
        assertThat(new String(file, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        byte[] body = EvidenceTransfer.multipart("b0undary", file);
        String head = new String(body, 0, 300, StandardCharsets.ISO_8859_1);
        assertThat(head).startsWith("--b0undary\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n")
                .contains("name=\"file\"; filename=\"benchmark.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-");
        assertThat(new String(body, body.length - 16, 16, StandardCharsets.ISO_8859_1)).isEqualTo("\r\n--b0undary--\r\n");
        assertThat(body.length).isLessThan(file.length + 64 * 1024);
    }
}
