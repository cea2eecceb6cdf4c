package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * ADES's journey in a real headless Chromium against the running stack: open a cycle (the error summary first),
 * change its dates and reveal rule, read the progress and reminders, form its quads from a proposal with one
 * council moved, and close it. Every cycle it opens (named e2e-ades-...) is closed again, also when a step fails.
 * axe-core finds no WCAG 2.2 AA violation on any page visited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdesJourneyIT extends BrowserJourney {

    static final String CYCLE = AdesStack.PREFIX + System.currentTimeMillis();

    @AfterAll
    static void closeTheCyclesWeOpened() throws Exception {
        new AdesStack().closeOurCycles();
    }

    @Test
    @Order(1)
    void adesOpensChangesFormsQuadsInAndClosesACycle() throws Exception {
        assertThat(browser.signIn("ades")).isEqualTo("/ades");
        browser.clickAndLoad(browser.find(By.linkText("Open a cycle")));
        assertThat(browser.heading()).isEqualTo("Open a cycle");
        browser.assertAccessible("ADES open a cycle");

        // Nothing filled in: the error summary names each field and links to it.
        browser.find(By.id("submissionDeadline-year")).sendKeys("20x7");
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        WebElement summary = browser.find(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter a name for the cycle", "Select the rubric version",
                "Enter the opening date", "Submission deadline must include a day, a month and a year");
        assertThat(summary.findElement(By.linkText("Enter a name for the cycle")).getAttribute("href"))
                .endsWith("#name");
        browser.assertAccessible("ADES open a cycle with errors");

        // Dates in the wrong order: both problems at once, in the form's words, before anything is sent.
        LocalDate today = LocalDate.now();
        date("opensOn", today.plusDays(30));
        date("submissionDeadline", today.plusDays(10));
        date("closesOn", today.plusDays(5));
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        summary = browser.find(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Submission deadline must be after the opening date",
                "Closing date must be after the submission deadline").doesNotContain("opensOn");
        browser.assertAccessible("ADES open a cycle with dates out of order");
        browser.screenshot("ades-open-cycle-errors");
        for (String part : new String[] { "day", "month", "year" }) {
            browser.find(By.id("closesOn-" + part)).clear();
        }

        LocalDate deadline = today.plusDays(60);
        browser.find(By.id("name")).sendKeys(CYCLE);
        Select version = new Select(browser.find(By.id("rubricVersionId")));
        version.selectByIndex(1);
        date("opensOn", today);
        date("submissionDeadline", deadline);
        browser.find(By.id("revealRule-on-submission")).click();
        browser.find(By.id("reminderDays")).clear();
        browser.find(By.id("reminderDays")).sendKeys("21, 7");
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));

        assertThat(browser.heading()).isEqualTo(CYCLE);
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("is open");
        assertThat(browser.find(By.id("cycle-state")).getText()).isEqualTo("Open");
        assertThat(browser.find(By.id("cycle-reveal")).getText()).isEqualTo("As soon as each council submits");
        assertThat(browser.driver.findElements(By.cssSelector("#progress tbody tr"))).hasSizeGreaterThanOrEqualTo(32);
        assertThat(browser.find(By.id("progress")).getText()).contains("Not started");
        assertThat(browser.find(By.id("reminders")).getText()).contains("21 days before the deadline",
                "7 days before the deadline", "Scheduled");
        browser.assertAccessible("ADES cycle page");
        browser.screenshot("ades-cycle");

        // Move the deadline and the reveal rule.
        browser.clickAndLoad(browser.find(By.partialLinkText("Change")));
        assertThat(browser.heading()).isEqualTo("Change dates and reveal rule");
        browser.assertAccessible("ADES change a cycle");
        LocalDate later = deadline.plusDays(14);
        date("submissionDeadline", later);
        browser.find(By.id("revealRule-after-deadline")).click();
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.className("govuk-notification-banner")).getText()).contains("saved");
        assertThat(browser.find(By.id("cycle-reveal")).getText()).isEqualTo("Only after the submission deadline");
        assertThat(browser.find(By.id("cycle-deadline")).getText()).contains(String.valueOf(later.getYear()));
        String cycleUrl = browser.driver.getCurrentUrl().replaceAll("\\?.*", "");

        // Quads: a proposal, one council moved from a quad of four to another quad, confirmed.
        browser.clickAndLoad(browser.find(By.partialLinkText("Quads in")));
        assertThat(browser.find(By.id("no-quads")).getText()).contains("No quad");
        browser.assertAccessible("ADES quads of a cycle without quads");
        browser.find(By.id("indicator-CHN4")).click();
        browser.find(By.id("indicator-CHN11")).click();
        proposeUntilTheServiceKnowsTheCycle();
        assertThat(browser.heading()).isEqualTo("Proposed quads");
        // Enough to decide on: what spread means, each council's values, the other splits ranked.
        assertThat(browser.find(By.id("spread-explained")).getText()).contains("What spread means");
        assertThat(browser.driver.findElements(By.cssSelector("table[id$='-values'] tbody tr"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("table[id$='-alternatives'] tbody tr"))).isNotEmpty();
        browser.assertAccessible("ADES quad proposal");
        browser.screenshot("ades-quad-proposal");

        Map<String, List<WebElement>> byQuad = new LinkedHashMap<>();
        for (WebElement select : browser.driver.findElements(By.cssSelector("#adjust select"))) {
            byQuad.computeIfAbsent(new Select(select).getFirstSelectedOption().getText(), k -> new ArrayList<>())
                    .add(select);
        }
        String from = byQuad.entrySet().stream().filter(e -> e.getValue().size() == 4).findFirst()
                .orElseThrow().getKey();
        String to = byQuad.entrySet().stream().filter(e -> !e.getKey().equals(from) && e.getValue().size() <= 4)
                .findFirst().orElseThrow().getKey();
        WebElement moved = byQuad.get(from).get(0);
        String movedCouncil = browser.driver.findElement(By.cssSelector("label[for='" + moved.getAttribute("id")
                + "']")).getText();
        new Select(moved).selectByVisibleText(to);
        browser.clickAndLoad(browser.find(By.id("confirm")));

        assertThat(browser.heading()).startsWith("Quads in " + CYCLE);
        WebElement toHeading = browser.find(By.xpath("//h2[a[normalize-space()='" + to + "']]"));
        WebElement toMembers = toHeading.findElement(By.xpath("following-sibling::ul[1]"));
        assertThat(toMembers.getText()).contains(movedCouncil);
        browser.assertAccessible("ADES quads formed");
        browser.screenshot("ades-quads");

        // Close it: a reason is required.
        browser.driver.get(cycleUrl);
        browser.clickAndLoad(browser.find(By.cssSelector("form[action$='/close'] button")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Enter why");
        browser.assertAccessible("ADES close a cycle with an error");
        browser.find(By.id("reason")).sendKeys("The ADES browser test is over");
        browser.clickAndLoad(browser.find(By.cssSelector("form[action$='/close'] button")));
        assertThat(browser.find(By.id("cycle-state")).getText()).isEqualTo("Closed");
    }

    @Test
    @Order(2)
    void adesImportsEditsDiffsPublishesAndRetiresARubric() throws Exception {
        AdesStack api = new AdesStack();
        String code = "E2E-ADES-" + System.currentTimeMillis();
        String demoVersion = api.get(AdesStack.RUBRIC + "/frameworks").get(0).get("versions").get(0).get("id")
                .asText();
        ObjectNode rubric = (ObjectNode) api.get(AdesStack.RUBRIC + "/versions/" + demoVersion + "/export?format=json");
        rubric.put("code", code).put("title", "ADES browser test rubric " + code).put("versionLabel", "first");
        Path good = Files.createTempFile("rubric", ".json");
        Files.writeString(good, rubric.toString());
        Path bad = Files.createTempFile("rubric", ".json");
        Files.writeString(bad, "{\"code\":\"" + code + "\",\"title\":\"\"}");

        assertThat(browser.signIn("ades")).isEqualTo("/ades");
        browser.open("/ades/frameworks");
        assertThat(browser.heading()).isEqualTo("Rubric frameworks");
        browser.assertAccessible("ADES frameworks");
        browser.screenshot("ades-frameworks");

        browser.clickAndLoad(browser.find(By.linkText("Import a rubric")));
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Select a rubric file");
        browser.find(By.id("file")).sendKeys(bad.toString());
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("title", "scale");
        browser.assertAccessible("ADES import with errors");
        browser.screenshot("ades-import-errors");
        browser.find(By.id("file")).sendKeys(good.toString());
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.id("done")).getText()).contains("imported as a new draft");
        assertThat(browser.find(By.id("version-status")).getText()).isEqualTo("draft");
        browser.clickAndLoad(browser.find(By.id("publish")));
        assertThat(browser.find(By.id("version-status")).getText()).isEqualTo("published");
        String firstUrl = browser.driver.getCurrentUrl().replaceAll("\\?.*", "");

        // The exports come through the portal with the officer's session.
        Object exported = browser.driver.executeAsyncScript("const done = arguments[0];"
                + "fetch(location.pathname + '/export?format=xlsx').then(r => done(r.status + ' '"
                + " + r.headers.get('content-type') + ' ' + r.headers.get('content-disposition')));");
        assertThat(exported.toString()).startsWith("200 application/vnd.openxmlformats").contains(".xlsx");

        browser.find(By.id("label")).sendKeys("second");
        browser.clickAndLoad(browser.find(By.id("new-draft")));
        assertThat(browser.find(By.id("done")).getText()).contains("new draft");
        assertThat(browser.find(By.id("version-status")).getText()).isEqualTo("draft");
        browser.assertAccessible("ADES draft version");
        String draftUrl = browser.driver.getCurrentUrl().replaceAll("[?#].*", "");

        List<WebElement> questions = browser.driver.findElements(By.cssSelector("dl.govuk-summary-list div[id^='q-']"));
        String first = questions.get(0).findElement(By.tagName("dt")).getText();
        String second = questions.get(1).findElement(By.tagName("dt")).getText();
        browser.clickAndLoad(questions.get(0).findElement(By.partialLinkText("Change")));
        browser.assertAccessible("ADES change a question");
        browser.find(By.id("prompt")).clear();
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Enter the question");
        browser.find(By.id("prompt")).sendKeys("How well do we know our outcomes, reworded by the browser test?");
        new Select(browser.find(By.id("lineage"))).selectByValue("reworded");
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.id(domId(first))).getText()).contains("reworded by the browser test",
                "Lineage: reworded");

        browser.clickAndLoad(browser.find(By.id(domId(second)))
                .findElement(By.xpath(".//button[starts-with(normalize-space(), 'Move up')]")));
        List<WebElement> reordered = browser.driver.findElements(By.cssSelector("dl.govuk-summary-list div[id^='q-']"));
        assertThat(reordered.get(0).getAttribute("id")).isEqualTo(domId(second));

        browser.clickAndLoad(browser.find(By.id(domId(second)))
                .findElement(By.xpath(".//button[starts-with(normalize-space(), 'Delete')]")));
        assertThat(browser.driver.findElements(By.id(domId(second)))).isEmpty();

        browser.clickAndLoad(browser.find(By.partialLinkText("Add a question to")));
        browser.find(By.id("code")).sendKeys("9.9.9");
        browser.find(By.id("prompt")).sendKeys("A question the browser test added");
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.id(domId("9.9.9"))).getText()).contains("A question the browser test added");

        browser.clickAndLoad(browser.find(By.cssSelector("#theme-0 a")));
        browser.find(By.id("title")).clear();
        browser.find(By.id("title")).sendKeys("A theme renamed by the browser test");
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.id("theme-0")).getText()).contains("A theme renamed by the browser test");
        browser.screenshot("ades-version-draft");

        browser.clickAndLoad(browser.find(By.partialLinkText("What changed since")));
        assertThat(browser.find(By.id("diff")).getText()).contains(first, "Changed (reworded)", second, "Removed",
                "9.9.9", "Added (new)");
        browser.assertAccessible("ADES version diff");
        browser.screenshot("ades-version-diff");

        browser.driver.get(draftUrl);
        browser.clickAndLoad(browser.find(By.id("publish")));
        assertThat(browser.find(By.id("version-status")).getText()).isEqualTo("published");
        browser.driver.get(firstUrl);
        browser.clickAndLoad(browser.find(By.id("retire")));
        assertThat(browser.find(By.id("version-status")).getText()).isEqualTo("retired");

        browser.open("/ades/frameworks");
        WebElement ours = browser.find(By.xpath("//h2[contains(., '" + code + "')]/following-sibling::table[1]"));
        assertThat(ours.getText()).contains("Version 1 (first)", "Retired", "Version 2 (second)", "Published",
                "Version 1 (first)");
    }

    @Test
    @Order(3)
    void adesEditsACouncilsContactsAndImportsItsIndicatorsAfterADryRun() throws Exception {
        String stamp = String.valueOf(System.currentTimeMillis());
        assertThat(browser.signIn("ades")).isEqualTo("/ades");
        browser.clickAndLoad(browser.find(By.linkText("Councils, contacts and context indicators")));
        assertThat(browser.heading()).isEqualTo("Councils");
        assertThat(browser.driver.findElements(By.cssSelector("#councils tbody tr"))).hasSizeGreaterThanOrEqualTo(32);
        browser.assertAccessible("ADES councils");
        browser.screenshot("ades-councils");

        browser.clickAndLoad(browser.find(By.linkText("Shetland Islands")));
        assertThat(browser.heading()).isEqualTo("Shetland Islands");
        assertThat(browser.find(By.id("indicators")).getText()).contains("CHN4");
        browser.assertAccessible("ADES council page");
        browser.screenshot("ades-council");

        browser.clickAndLoad(browser.find(By.linkText("Add a contact")));
        browser.find(By.id("email")).sendKeys("not an address");
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Enter the contact's name");
        browser.assertAccessible("ADES contact with errors");
        browser.find(By.id("name")).sendKeys("Browser Test " + stamp);
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Email address");
        browser.find(By.id("email")).clear();
        browser.find(By.id("email")).sendKeys("browser.test." + stamp + "@shetland.example");
        browser.find(By.id("notifications-0")).click();
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.id("done")).getText()).contains("added");
        WebElement row = browser.find(By.xpath("//table[@id='contacts']//tr[th[normalize-space()='Browser Test "
                + stamp + "']]"));
        browser.clickAndLoad(row.findElement(By.partialLinkText("Change")));
        assertThat(browser.find(By.id("notifications-0")).isSelected()).isTrue();
        browser.find(By.id("role")).sendKeys("Quality improvement officer");
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));
        assertThat(browser.find(By.id("done")).getText()).contains("changed");
        row = browser.find(By.xpath("//table[@id='contacts']//tr[th[normalize-space()='Browser Test " + stamp
                + "']]"));
        assertThat(row.getText()).contains("Quality improvement officer");
        browser.clickAndLoad(row.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Remove')]")));
        assertThat(browser.find(By.id("done")).getText()).contains("removed");
        assertThat(browser.find(By.id("contacts")).getText()).doesNotContain("Browser Test " + stamp);

        // Indicator import: a bad file first, then a dry run showing what would change, then for real.
        browser.open("/ades/indicators/import");
        browser.find(By.id("csv")).sendKeys("gss_code,area,indicator,period,value\nS12000027,Shetland Islands,NOPE,2020-21,x");
        browser.clickAndLoad(browser.find(By.id("dry-run")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Line 2");
        browser.assertAccessible("ADES indicator import with errors");
        browser.screenshot("ades-indicator-import-errors");
        String value = String.valueOf(50 + Long.parseLong(stamp) % 40);
        browser.find(By.id("csv")).clear();
        browser.find(By.id("csv")).sendKeys("gss_code,area,indicator,period,value\nS12000027,Shetland Islands,CHN17,2020-21,"
                + value);
        browser.clickAndLoad(browser.find(By.id("dry-run")));
        assertThat(browser.find(By.id("outcome")).getText()).contains("Add", "Change", "Leave unchanged");
        assertThat(browser.heading()).isEqualTo("Import indicator values");
        browser.assertAccessible("ADES indicator import dry run");
        browser.screenshot("ades-indicator-import-dry-run");
        browser.clickAndLoad(browser.find(By.id("apply")));
        assertThat(browser.find(By.id("outcome")).getText()).contains("Indicator values imported");
        browser.open("/ades/councils/S12000027");
        assertThat(browser.find(By.xpath("//table[@id='indicators']//tr[th[starts-with(normalize-space(), 'CHN17')]]"))
                .getText()).contains(value);
    }

    @Test
    @Order(4)
    void adesReadsTheNationalPictureWithSmallGroupsSuppressed() throws Exception {
        assertThat(browser.signIn("ades")).isEqualTo("/ades");
        browser.clickAndLoad(browser.find(By.linkText("National picture")));
        assertThat(browser.heading()).isEqualTo("National picture");
        assertThat(browser.driver.findElements(By.cssSelector("#national tbody tr"))).isNotEmpty();
        assertThat(browser.find(By.id("national")).getText()).containsAnyOf("Suppressed", ": ");
        browser.assertAccessible("ADES national picture");
        browser.screenshot("ades-national");
    }

    @Test
    @Order(5)
    void aCouncilOfficerCannotOpenTheAdesPages() {
        assertThat(browser.signIn("shetland-islands")).isEqualTo("/council");
        browser.open("/ades/cycles/new");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.driver.findElements(By.id("name"))).isEmpty();
        browser.open("/ades/councils/S12000027");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
    }

    private static String domId(String questionCode) {
        return "q-" + questionCode.replaceAll("[^A-Za-z0-9]", "-");
    }

    private void date(String name, LocalDate date) {
        for (String[] part : new String[][] { { "day", String.valueOf(date.getDayOfMonth()) },
                { "month", String.valueOf(date.getMonthValue()) }, { "year", String.valueOf(date.getYear()) } }) {
            WebElement input = browser.find(By.id(name + "-" + part[0]));
            input.clear();
            input.sendKeys(part[1]);
        }
    }

    /** quad-service learns of the new cycle from its event; until then it answers that it knows no such cycle. */
    private void proposeUntilTheServiceKnowsTheCycle() {
        for (int attempt = 0; attempt < 60; attempt++) {
            browser.clickAndLoad(browser.find(By.cssSelector("form[action$='/proposals'] button")));
            browser.wait.until(d -> !d.findElements(By.className("govuk-error-summary")).isEmpty()
                    || !d.findElements(By.id("adjust")).isEmpty());
            if (!browser.driver.findElements(By.id("adjust")).isEmpty()) {
                return;
            }
            assertThat(browser.find(By.className("govuk-error-summary")).getText()).containsIgnoringCase("cycle");
        }
        throw new AssertionError("quad-service never learnt of cycle " + CYCLE);
    }
}
