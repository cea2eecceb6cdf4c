package scot.quads.support.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void aNameWithAnEnDashIsSentInUtf8WithAnAsciiFallback() {
        assertThat(Attachments.contentDisposition("Glasgow City \u2013 self-evaluation 2026-27.xlsx"))
                .isEqualTo("attachment; filename=\"Glasgow City - self-evaluation 2026-27.xlsx\"; "
                        + "filename*=UTF-8''Glasgow%20City%20%E2%80%93%20self-evaluation%202026-27.xlsx");
    }

    @Test
    void accentsAreDroppedOnlyFromTheAsciiSpelling() {
        assertThat(Attachments.contentDisposition("Na h-Eileanan Siar \u2013 Comhairle nan Eilean Siar.pdf"))
                .contains("filename=\"Na h-Eileanan Siar - Comhairle nan Eilean Siar.pdf\"");
        assertThat(Attachments.contentDisposition("Gàidhlig.pdf"))
                .isEqualTo("attachment; filename=\"Gaidhlig.pdf\"; filename*=UTF-8''G%C3%A0idhlig.pdf");
    }

    @Test
    void charactersNoFileSystemTakesAreReplaced() {
        assertThat(Attachments.safeName("Quad 1/2: \"north\"?.xlsx")).isEqualTo("Quad 1-2- north .xlsx");
        assertThat(Attachments.safeName("..\\..\\etc\npasswd")).isEqualTo("-..-etc passwd");
        assertThat(Attachments.safeName("  ")).isEqualTo("download");
    }
}
