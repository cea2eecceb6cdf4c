package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The council's own part of the round in a real headless Chromium: an editor of a quad no other journey touches
 * writes the self-evaluative statement, drafts and proposes the focus, and uploads a real PDF to the evidence page
 * (chosen in the file upload, with the page's upload script on), linked to a key question of the focus; drops a
 * second PDF on the upload's drop zone and sees the progress bar reach 100%; adds a third with JavaScript switched
 * off (the plain form); then every member submits, and a partner finds the PDF beside the council's statement on
 * the quad's page and downloads it. axe-core on every page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnPartJourneyIT extends BrowserJourney {

    /** Councils other journeys sign in as or submit for, and the quads they are in. */
    private static final Set<String> TAKEN = Set.of("glasgow-city", "fife", "falkirk", "west-lothian",
            "dumfries-and-galloway", "orkney-islands", "shetland-islands", "north-lanarkshire");
    private static final List<String> CANDIDATES = List.of("highland", "aberdeenshire", "angus", "moray",
            "east-ayrshire", "south-ayrshire", "perth-and-kinross", "scottish-borders", "argyll-and-bute");

    static String cycleId;
    static String quadId;
    static String editor;
    static String council;
    static String partner;
    static String title;

    @BeforeAll
    static void aQuadOfItsOwn() throws Exception {
        for (String candidate : CANDIDATES) {
            PartnerStack api = new PartnerStack(candidate);
            String cycle = api.demoCycle();
            JsonNode quad = api.myQuad(cycle);
            List<String> logins = new java.util.ArrayList<>();
            quad.get("members").forEach(m -> logins.add(login(m)));
            if (logins.stream().anyMatch(TAKEN::contains)) {
                continue;
            }
            JsonNode evaluation = api.get(PartnerStack.RUBRIC + "/cycles/" + cycle + "/evaluations/"
                    + code(quad, candidate));
            if (!"submitted".equals(evaluation.get("state").asText())) {
                cycleId = cycle;
                quadId = quad.get("id").asText();
                editor = candidate;
                council = code(quad, candidate);
                partner = logins.stream().filter(l -> !l.equals(candidate)).findFirst().orElseThrow();
                title = PartnerStack.fresh("Attainment review");
                return;
            }
        }
        throw new IllegalStateException("No demo quad free for this journey: every candidate's quad is taken");
    }

    @Test
    @Order(1)
    void anEditorWritesTheStatementProposesTheFocusAndUploadsAPdf() throws Exception {
        assertThat(browser.signIn(editor)).isEqualTo("/council");
        browser.open("/council/cycles/" + cycleId + "/statement");
        browser.assertAccessible("statement");
        type("context", "A mostly rural council with many small schools.");
        type("strength-0-text", "Strong partnerships with the college.");
        type("strength-0-links", "D1.1");
        type("summary", "Steady progress, with destinations the area to work on.");
        browser.clickAndLoad(browser.find(By.id("save-statement")));
        assertThat(browser.find(By.id("saved")).getText()).contains("saved");

        browser.open("/council/cycles/" + cycleId + "/focus");
        browser.assertAccessible("focus");
        type("area", "Positive destinations");
        type("focusQuestion", "How can more of our leavers go on to college or university?");
        type("keyQuestion-0", "How well do our college partnerships serve rural leavers?");
        browser.clickAndLoad(browser.find(By.id("save-focus")));
        browser.clickAndLoad(browser.find(By.id("propose")));
        assertThat(browser.find(By.id("focus-state")).getText()).contains("Waiting for ADES");

        browser.open("/council/cycles/" + cycleId + "/evidence");
        assertThat(browser.heading()).startsWith("Evidence");
        browser.assertAccessible("evidence");
        Path pdf = Files.createTempFile("attainment-review", ".pdf");
        Files.write(pdf, pdf());
        // The upload script is on: it has shown the drop zone's instruction (the native input keeps id "file").
        assertThat(browser.find(By.id("file-drop-hint")).isDisplayed()).isTrue();
        browser.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        type("title", title);
        type("codes", "D1.1");
        browser.find(By.id("key-1")).click();
        watchUploadProgress();
        browser.clickAndLoad(browser.find(By.id("add-file")));
        assertThat(browser.find(By.id("done")).getText()).contains("Your file has been added");
        assertThat(uploadProgressSeen()).as("the progress bar, shown, as the upload went").endsWith(" 100");
        assertThat(browser.find(By.id("evidence-items")).getText()).contains(title, "PDF", "D1.1",
                "key question 1");
        browser.assertAccessible("evidence with a file");
        Object answer = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('#evidence-items a[download]').href).then(r => r.text()"
                + ".then(t => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                + " + r.headers.get('x-content-type-options') + ' ' + t.substring(0, 8))));");
        assertThat(String.valueOf(answer)).startsWith("200 application/pdf nosniff %PDF-1.4");
    }

    /**
     * Selenium cannot drag a file from the desktop, so the page is given a drop event whose DataTransfer holds a real
     * PDF built in the page, as a browser's own drop of a file would; the upload then goes with its progress shown.
     */
    @Test
    @Order(2)
    void anEditorDropsAPdfOnTheUploadAndSeesItsProgress() {
        String dropped = PartnerStack.fresh("Leaver destinations summary");
        assertThat(browser.signIn(editor)).isEqualTo("/council");
        browser.open("/council/cycles/" + cycleId + "/evidence");
        Object chosen = browser.driver.executeScript("const bytes = Uint8Array.from(atob(arguments[0]),"
                + " c => c.charCodeAt(0));"
                + "const data = new DataTransfer();"
                + "data.items.add(new File([bytes], 'destinations.pdf', { type: 'application/pdf' }));"
                + "const zone = document.getElementById('file-drop-zone');"
                + "for (const type of ['dragenter', 'dragover']) {"
                + "  zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));"
                + "}"
                + "const taken = !zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true,"
                + " cancelable: true }));"
                + "const files = document.getElementById('file').files;"
                + "return taken + ' ' + files.length + ' ' + files[0].name + ' ' + files[0].size;",
                java.util.Base64.getEncoder().encodeToString(pdf()));
        assertThat(String.valueOf(chosen)).isEqualTo("true 1 destinations.pdf " + pdf().length);
        assertThat(browser.find(By.id("upload-status")).getText()).isEqualTo("destinations.pdf selected");
        type("title", dropped);
        watchUploadProgress();
        browser.clickAndLoad(browser.find(By.id("add-file")));
        assertThat(browser.find(By.id("done")).getText()).contains("Your file has been added");
        assertThat(uploadProgressSeen()).as("the progress bar, shown, as the upload went").endsWith(" 100");
        assertThat(browser.find(By.id("evidence-items")).getText()).contains(dropped, "destinations.pdf");
        browser.assertAccessible("evidence after a dropped file");

        // A refusal still comes back as the page with GOV.UK's error summary, as it does without JavaScript.
        browser.find(By.id("file")).sendKeys(writeTemp("notes", ".txt", "Notes without a title".getBytes(
                StandardCharsets.US_ASCII)).toString());
        browser.clickAndLoad(browser.find(By.id("add-file")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("There is a problem",
                "Enter a title for the evidence");
        assertThat(browser.driver.getTitle()).startsWith("Error: Evidence");
        browser.assertAccessible("evidence upload refused");
    }

    /** With JavaScript off the upload is the plain form: no drop zone, no progress bar, and the file still goes. */
    @Test
    @Order(3)
    void withoutJavaScriptTheUploadIsThePlainFormAndStillWorks() {
        String plain = PartnerStack.fresh("Partnership agreement");
        try (Browser noScript = new Browser(false)) {
            assertThat(noScript.signIn(editor)).isEqualTo("/council");
            noScript.open("/council/cycles/" + cycleId + "/evidence");
            assertThat(noScript.find(By.tagName("body")).getAttribute("class")).doesNotContain("js-enabled");
            assertThat(noScript.find(By.id("file-drop-hint")).isDisplayed()).isFalse();
            assertThat(noScript.find(By.id("upload-progress")).isDisplayed()).isFalse();
            noScript.find(By.id("file")).sendKeys(writeTemp("agreement", ".pdf", pdf()).toString());
            noScript.find(By.id("title")).sendKeys(plain);
            noScript.find(By.id("add-file")).click();
            assertThat(noScript.find(By.id("done")).getText()).contains("Your file has been added");
            assertThat(noScript.find(By.id("evidence-items")).getText()).contains(plain, "agreement");
        }
    }

    @Test
    @Order(4)
    void aPartnerReadsTheStatementAndDownloadsTheEvidenceOnceTheAnswersAreRevealed() throws Exception {
        PartnerStack api = new PartnerStack(partner);
        JsonNode quad = api.myQuad(cycleId);
        for (JsonNode member : quad.get("members")) {
            PartnerStack.submitAll(login(member), member.get("code").asText(), cycleId, i -> 3 + i % 2, false);
        }
        new FluentWait<>(api).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .ignoring(IllegalStateException.class)
                .until(stack -> {
                    try {
                        return stack.get(PartnerStack.QUAD + "/quads/" + quadId + "/statements").path("revealed")
                                .asBoolean();
                    } catch (java.io.IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });

        browser.signIn(partner);
        browser.open("/quads/" + quadId + "/statements");
        browser.assertAccessible("quad statements with evidence");
        String table = browser.find(By.id("statements")).getText();
        assertThat(table).contains("Strong partnerships with the college.", title);
        Object answer = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const link = [...document.querySelectorAll('#statements a[download]')]"
                + ".find(a => a.textContent.includes(arguments[0]));"
                + "fetch(link.href).then(r => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                + " + r.headers.get('content-disposition')));", title);
        assertThat(String.valueOf(answer)).startsWith("200 application/pdf attachment;");
    }

    /**
     * Notes in the tab's sessionStorage (which outlives the page) each value the upload's progress bar shows while
     * it is visible, so that the page the upload leads to can be asked what the bar went through.
     */
    private void watchUploadProgress() {
        browser.driver.executeScript("sessionStorage.setItem('seen', '');"
                + "const box = document.getElementById('upload-progress');"
                + "const bar = document.getElementById('upload-progress-bar');"
                + "new MutationObserver(() => { if (!box.hidden && box.offsetParent !== null) {"
                + "  sessionStorage.setItem('seen', sessionStorage.getItem('seen') + ' ' + bar.value); } })"
                + ".observe(document.getElementById('upload-status'), { childList: true, characterData: true,"
                + " subtree: true });");
    }

    private String uploadProgressSeen() {
        return String.valueOf(browser.driver.executeScript("return sessionStorage.getItem('seen');"));
    }

    private static Path writeTemp(String name, String suffix, byte[] content) {
        try {
            Path file = Files.createTempFile(name, suffix);
            Files.write(file, content);
            return file.toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void type(String id, String text) {
        browser.find(By.id(id)).clear();
        browser.find(By.id(id)).sendKeys(text);
    }

    private static String login(JsonNode member) {
        return member.get("name").asText().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String code(JsonNode quad, String login) {
        for (JsonNode member : quad.get("members")) {
            if (login(member).equals(login)) {
                return member.get("code").asText();
            }
        }
        throw new IllegalStateException(login + " is not in its own quad");
    }

    /** A small, well-formed one-page PDF. */
    static byte[] pdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
        String stream = "BT /F1 18 Tf 72 760 Td (Attainment review) Tj ET";
        objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
