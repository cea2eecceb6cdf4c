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
 * (a plain file upload), linked to a key question of the focus; then every member submits, and a partner finds the
 * PDF beside the council's statement on the quad's page and downloads it. axe-core on every page.
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
        browser.find(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        type("title", title);
        type("codes", "D1.1");
        browser.find(By.id("key-1")).click();
        browser.clickAndLoad(browser.find(By.id("add-file")));
        assertThat(browser.find(By.id("done")).getText()).contains("Your file has been added");
        assertThat(browser.find(By.id("evidence-items")).getText()).contains(title, "PDF", "D1.1",
                "key question 1");
        browser.assertAccessible("evidence with a file");
        Object answer = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('#evidence-items a[download]').href).then(r => r.text()"
                + ".then(t => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                + " + r.headers.get('x-content-type-options') + ' ' + t.substring(0, 8))));");
        assertThat(String.valueOf(answer)).startsWith("200 application/pdf nosniff %PDF-1.4");
    }

    @Test
    @Order(2)
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
