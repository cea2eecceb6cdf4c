package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ComparisonExportsTest {

    @Test
    void anExportIsTheFileItClaimsToBe() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1);
        byte[] zip = new byte[] { 'P', 'K', 3, 4, 20, 0 };
        byte[] problem = "{\"status\":409,\"title\":\"Not yet revealed\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(ComparisonExports.looksLike("pdf", pdf)).isTrue();
        assertThat(ComparisonExports.looksLike("xlsx", zip)).isTrue();
        assertThat(ComparisonExports.looksLike("pdf", zip)).isFalse();
        assertThat(ComparisonExports.looksLike("xlsx", pdf)).isFalse();
        assertThat(ComparisonExports.looksLike("pdf", problem)).isFalse();
        assertThat(ComparisonExports.looksLike("xlsx", new byte[0])).isFalse();
        assertThat(ComparisonExports.looksLike("pdf", null)).isFalse();
    }
}
