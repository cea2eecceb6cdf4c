package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The end of a round in a real headless Chromium (issue 26): a council's editor starts its findings report from
 * the pre-filled sections, rewrites a paragraph and agrees it, and agrees an action choosing the report's next step
 * it serves; ADES agrees and publishes the report and sets the cycle's follow-up date; a visitor who never signs in
 * reads the report on the public pages and its PDF; then the council records the action's progress on its
 * improvement plan at the follow-up. axe-core on every page.
 *
 * <p>The council is a member of one of the demo's revealed quads whose report nobody has started (never one of
 * {@link DemoJourneyIT#KEPT_FRESH}'s quads, nor one another journey signs in to), so the journey can run again on
 * the same stack with the next such council.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FindingsJourneyIT extends BrowserJourney {

    /** Logins other journeys sign in as or submit for; their quads are left alone. */
    private static final Set<String> TAKEN = Set.of("glasgow-city", "fife", "falkirk", "west-lothian",
            "dumfries-and-galloway", "orkney-islands", "shetland-islands", "north-lanarkshire");
    private static final DateTimeFormatter GOVUK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static String cycleId;
    static String quadId;
    static String council;
    static String councilName;
    static String editor;
    static String paragraph;
    static String description;
    static String actionId;
    static String nextStepText;
    static LocalDate followUpOn;

    @BeforeAll
    static void aCouncilWhoseReportIsNotStarted() throws Exception {
        PartnerStack ades = new PartnerStack("ades");
        cycleId = new CouncilStack("ades").demoCycleId();
        List<JsonNode> quads = new ArrayList<>();
        ades.get(PartnerStack.QUAD + "/cycles/" + cycleId + "/quads").forEach(quads::add);
        // The last revealed quads by name first: DemoJourneyIT shows the first one as the demo loaded it.
        quads.sort(Comparator.comparing((JsonNode quad) -> quad.get("name").asText()).reversed());
        for (JsonNode quad : quads) {
            List<String> codes = quad.get("members").findValuesAsText("code");
            if (codes.stream().anyMatch(DemoJourneyIT.KEPT_FRESH::contains)) {
                continue;
            }
            List<String> logins = new ArrayList<>();
            quad.get("members").forEach(member -> logins.add(login(member)));
            if (logins.stream().anyMatch(TAKEN::contains)) {
                continue;
            }
            String id = quad.get("id").asText();
            JsonNode comparison = ades.get(PartnerStack.QUAD + "/quads/" + id + "/comparison");
            if (!comparison.path("reveal").path("revealedToMembers").asBoolean()) {
                continue;
            }
            for (JsonNode member : quad.get("members")) {
                String code = member.get("code").asText();
                JsonNode report = ades.send("GET", PartnerStack.QUAD + "/quads/" + id + "/findings/" + code, null,
                        null, 0);
                if (report == null) {
                    quadId = id;
                    council = code;
                    councilName = member.get("name").asText();
                    editor = login(member);
                    paragraph = "We rewrote this paragraph in the browser: " + PartnerStack.fresh("attendance");
                    description = PartnerStack.fresh("Run attendance clinics in four secondary schools");
                    return;
                }
            }
        }
        throw new IllegalStateException("No revealed demo quad with a council whose findings report is not started:"
                + " is the living demo loaded (./quads up)?");
    }

    private static String login(JsonNode member) {
        return member.get("name").asText().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    @Test
    @Order(1)
    void theCouncilDraftsItsReportFromThePrefilledSectionsAgreesItAndAnActionServingANextStep() throws Exception {
        assertThat(browser.signIn(editor)).isEqualTo("/council");
        browser.open("/quads/" + quadId + "/findings/" + council);
        assertThat(browser.find(By.id("not-started")).getText()).contains("Nobody has started");
        browser.assertAccessible("findings report not started");
        browser.clickAndLoad(browser.find(By.id("start")));
        assertThat(browser.find(By.id("done")).getText()).contains("The report is started");
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Draft");

        // Pre-filled: paragraphs that say where they came from. The first of them is rewritten.
        List<WebElement> sources = browser.driver.findElements(By.cssSelector("div.govuk-hint[id*='-hint-']")).stream()
                .filter(hint -> hint.getText().startsWith("From ")).toList();
        assertThat(sources).as("pre-filled paragraphs, each naming its source").isNotEmpty();
        browser.assertAccessible("findings report draft");
        browser.screenshot("findings-draft");
        String hintId = sources.get(0).getAttribute("id");
        String section = hintId.substring(0, hintId.indexOf("-hint-"));
        String textId = section + "-text-" + hintId.substring(hintId.indexOf("-hint-") + "-hint-".length());
        WebElement text = browser.find(By.id(textId));
        text.clear();
        text.sendKeys(paragraph);
        browser.clickAndLoad(browser.find(By.id("form-" + section)).findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.find(By.id("done")).getText()).contains("Your changes are saved");
        assertThat(browser.find(By.id(textId)).getAttribute("value")).isEqualTo(paragraph);
        assertThat(browser.find(By.id(hintId)).getText()).endsWith("(changed since)");

        // The next steps an action can serve: pre-filled, or one written here when the round left none.
        if (browser.driver.findElements(By.id("next-steps-hint-0")).isEmpty()) {
            browser.find(By.id("next-steps-text-0")).sendKeys("Extend the attendance clinics to every secondary"
                    + " school and report their effect to the education committee.");
            browser.clickAndLoad(browser.find(By.id("form-next-steps"))
                    .findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.find(By.id("done")).getText()).contains("Your changes are saved");
        }
        nextStepText = browser.find(By.id("next-steps-text-0")).getAttribute("value").strip();

        browser.clickAndLoad(browser.find(By.id("agree")));
        assertThat(browser.find(By.id("done")).getText()).contains("Your agreement is recorded");
        assertThat(browser.find(By.id("council-agreement")).getText()).startsWith("Agreed by " + editor);
        assertThat(browser.find(By.id("ades-agreement")).getText()).isEqualTo("Not agreed yet");
        browser.assertAccessible("findings report agreed by the council");

        // An action for the plan, serving a next step chosen from the report (not an id typed in).
        browser.open("/quads/" + quadId + "/actions");
        new Select(browser.find(By.id("action-ownerCouncil"))).selectByValue(council);
        browser.find(By.id("action-description")).sendKeys(description);
        LocalDate due = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(6);
        browser.find(By.id("action-due-day")).sendKeys(String.valueOf(due.getDayOfMonth()));
        browser.find(By.id("action-due-month")).sendKeys(String.valueOf(due.getMonthValue()));
        browser.find(By.id("action-due-year")).sendKeys(String.valueOf(due.getYear()));
        browser.find(By.id("action-officerName")).sendKeys("A. Example");
        browser.find(By.id("action-officerRole")).sendKeys("Quality improvement officer");
        browser.find(By.id("action-successMeasure")).sendKeys("Attendance in the four schools");
        browser.find(By.id("action-baseline")).sendKeys("86.1% (2025-26)");
        browser.find(By.id("action-target")).sendKeys("89% by June 2027");
        WebElement picker = browser.find(By.id("action-nextStepId"));
        List<WebElement> steps = picker.findElements(By.cssSelector("optgroup option"));
        assertThat(picker.findElement(By.tagName("optgroup")).getAttribute("label"))
                .isEqualTo(councilName + "'s findings report");
        WebElement step = steps.stream().filter(option -> nextStepText.startsWith(
                option.getText().replaceFirst("…$", ""))).findFirst().orElseThrow();
        String chosen = step.getAttribute("value");
        new Select(picker).selectByValue(chosen);
        browser.assertAccessible("actions with the next-step picker");
        browser.screenshot("action-next-step-picker");
        browser.clickAndLoad(browser.find(By.id("action-save")));
        assertThat(browser.driver.getCurrentUrl()).contains("done=created");

        PartnerStack api = new PartnerStack(editor);
        for (JsonNode action : api.get(PartnerStack.QUAD + "/quads/" + quadId + "/actions")) {
            if (action.get("description").asText().equals(description)) {
                actionId = action.get("id").asText();
                assertThat(action.get("nextStepId").asText()).isEqualTo(chosen);
            }
        }
        assertThat(actionId).as("the action agreed").isNotNull();
        assertThat(browser.find(By.id("action-" + actionId + "-next-step")).getText()).isEqualTo(nextStepText);
    }

    @Test
    @Order(2)
    void adesAgreesAndPublishesTheReportAndSetsTheFollowUpDate() throws Exception {
        assertThat(browser.signIn("ades")).isEqualTo("/ades");
        browser.open("/quads/" + quadId + "/findings/" + council);
        // Agreed by the council, not yet by ADES: still a draft, and what publication waits for is named.
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Draft");
        assertThat(browser.find(By.id("missing")).getText()).contains("neither ADES nor the ADES officer");
        browser.assertAccessible("findings report for ADES to agree");
        browser.clickAndLoad(browser.find(By.id("agree")));
        assertThat(browser.find(By.id("ades-agreement")).getText()).startsWith("Agreed by ades");
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Agreed");
        browser.clickAndLoad(browser.find(By.id("publish")));
        assertThat(browser.find(By.id("done")).getText()).contains("The report is published");
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Published");
        assertThat(browser.find(By.id("public-link")).getAttribute("href")).contains("/reports/");
        browser.assertAccessible("findings report published");
        browser.screenshot("findings-published");

        // The follow-up point for the cycle's actions; the page saves at the version it showed.
        followUpOn = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2).withDayOfMonth(15);
        browser.open("/ades/cycles/" + cycleId + "/follow-up");
        assertThat(browser.heading()).isEqualTo("Follow-up of the actions");
        browser.assertAccessible("follow-up date");
        for (String[] part : new String[][] {{"day", String.valueOf(followUpOn.getDayOfMonth())},
                {"month", String.valueOf(followUpOn.getMonthValue())}, {"year", String.valueOf(followUpOn.getYear())}}) {
            WebElement input = browser.find(By.id("followUpOn-" + part[0]));
            input.clear();
            input.sendKeys(part[1]);
        }
        browser.clickAndLoad(browser.find(By.id("follow-up-save")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("The follow-up date is saved");
        assertThat(browser.find(By.id("follow-up-now")).getText()).contains(GOVUK_DATE.format(followUpOn));
        browser.assertAccessible("follow-up date saved");
    }

    @Test
    @Order(3)
    void aVisitorWhoNeverSignsInReadsTheReportAndItsPdf() throws Exception {
        browser.open("/reports");
        assertThat(browser.heading()).isEqualTo("Published findings reports");
        browser.assertAccessible("published reports for a visitor");
        String reportId = new PartnerStack("ades").get(PartnerStack.QUAD + "/quads/" + quadId + "/findings/"
                + council).get("id").asText();
        browser.clickAndLoad(browser.find(By.cssSelector("a[href='/reports/" + reportId + "']")));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/reports/" + reportId);
        assertThat(browser.heading()).isEqualTo(councilName);
        String page = browser.find(By.tagName("main")).getText();
        assertThat(page).contains(paragraph, nextStepText);
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Sign out");
        browser.assertAccessible("a published findings report for a visitor");
        browser.screenshot("findings-public-report");

        Object answer = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('pdf').href).then(r => r.arrayBuffer().then(b => done(r.status"
                + " + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0,"
                + " 5))))));");
        assertThat(String.valueOf(answer)).startsWith("200 application/pdf %PDF-");
    }

    @Test
    @Order(4)
    void theCouncilRecordsTheActionsProgressAtTheFollowUp() throws Exception {
        assertThat(browser.signIn(editor)).isEqualTo("/council");
        browser.open("/council/plan");
        assertThat(browser.heading()).isEqualTo("Improvement plan");
        WebElement card = browser.find(By.id("plan-" + actionId));
        assertThat(card.getText()).contains(description, "A. Example, Quality improvement officer", nextStepText);
        assertThat(browser.find(By.id("plan-" + actionId + "-follow-up")).getText())
                .isEqualTo(GOVUK_DATE.format(followUpOn));
        browser.assertAccessible("improvement plan");

        card.findElement(By.cssSelector("summary.govuk-details__summary")).click();
        new Select(browser.find(By.id("progress-" + actionId + "-status"))).selectByValue("in-progress");
        String impact = "Attendance in the four schools rose from 86.1% to 87.9% in the first term.";
        browser.find(By.id("progress-" + actionId + "-impact")).sendKeys(impact);
        browser.assertAccessible("improvement plan, recording progress");
        browser.clickAndLoad(browser.find(By.id("progress-" + actionId + "-save")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("The action's progress has been recorded");
        assertThat(browser.find(By.id("plan-" + actionId + "-status")).getText()).isEqualTo("In progress");
        assertThat(browser.find(By.id("plan-" + actionId)).getText()).contains("In progress: " + impact);
        browser.assertAccessible("improvement plan with progress");
        browser.screenshot("plan-progress");
    }
}
