package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The living demo as a newcomer meets it on a fresh stack: the guidance and the published findings reports without
 * signing in, then each demo role, each finding something on every page it opens (no empty comparison, no empty
 * trend). It reads what `./quads up` loaded and changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoJourneyIT extends BrowserJourney {

    /** The councils whose quads the demo leaves for the other journeys (LivingDemo.KEPT_FRESH). */
    static final Set<String> KEPT_FRESH = Set.of("S12000047", "S12000049");

    static String cycleId;
    static String cycleName;
    static String earlierName;
    static String quadId;
    static String editor;

    /** The demo's first revealed quad by name (not one the other journeys use) and its first member's editor. */
    @BeforeAll
    static void theRevealedQuad() throws Exception {
        PartnerStack ades = new PartnerStack("ades");
        CouncilStack names = new CouncilStack("ades");
        cycleId = names.demoCycleId();
        cycleName = CouncilStack.demoCycleName();
        earlierName = CouncilStack.EARLIER;
        List<JsonNode> quads = new ArrayList<>();
        ades.get(PartnerStack.QUAD + "/cycles/" + cycleId + "/quads").forEach(quads::add);
        quads.sort(Comparator.comparing(quad -> quad.get("name").asText()));
        for (JsonNode quad : quads) {
            List<String> codes = quad.get("members").findValuesAsText("code");
            if (codes.stream().anyMatch(KEPT_FRESH::contains)) {
                continue;
            }
            JsonNode comparison = ades.get(PartnerStack.QUAD + "/quads/" + quad.get("id").asText() + "/comparison");
            if (comparison.path("reveal").path("revealedToMembers").asBoolean()) {
                quadId = quad.get("id").asText();
                editor = quad.get("members").get(0).get("name").asText().toLowerCase(Locale.ROOT).replace(' ', '-');
                return;
            }
        }
        throw new IllegalStateException("No revealed demo quad: is the living demo loaded (./quads up)?");
    }

    /** A browser of its own for each login, so that nobody is still signed in to Keycloak from the one before. */
    private void freshBrowser() {
        browser.close();
        browser = new Browser();
    }

    @Test
    @Order(1)
    void aNewcomerReadsTheGuidanceAndThePublishedReportsWithoutSigningIn() throws Exception {
        browser.open("/guidance");
        assertThat(browser.heading()).isEqualTo("How Quads works");
        assertThat(browser.find(By.id("steps")).getText()).isEqualTo("The steps of a round");
        assertThat(browser.driver.findElements(By.cssSelector("ol li[id^='step-']"))).hasSize(7);
        browser.assertAccessible("guidance: how Quads works");
        browser.screenshot("guidance-start");
        for (String[] page : new String[][] {{"Your first round", "Your first round"},
                {"Example session plans", "Example session plans"}, {"Glossary", "Glossary"}}) {
            browser.clickAndLoad(browser.find(By.cssSelector(".quads-guidance-nav")).findElement(By.linkText(page[0])));
            assertThat(browser.heading()).isEqualTo(page[1]);
            browser.assertAccessible("guidance: " + page[1]);
        }
        assertThat(browser.driver.findElements(By.cssSelector(".quads-glossary .govuk-summary-list__row")))
                .hasSizeGreaterThanOrEqualTo(15);

        browser.clickAndLoad(browser.find(By.linkText("How Quads works")));
        browser.clickAndLoad(browser.find(By.cssSelector("#step-findings a[href='/reports']")));
        List<WebElement> reports = browser.driver.findElements(By.cssSelector("#reports tbody tr a"));
        assertThat(reports).as("published demo findings reports").hasSizeGreaterThanOrEqualTo(4);
        browser.assertAccessible("published reports");
        browser.clickAndLoad(reports.get(0));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Demonstration data: invented for the Quads demo");
        browser.assertAccessible("a published demo report");
        browser.screenshot("demo-public-report");
    }

    @Test
    @Order(2)
    void aPartnerInARevealedQuadFindsEveryViewFilled() throws Exception {
        assertThat(browser.signIn(editor)).isEqualTo("/council");
        assertThat(browser.find(By.id("evaluation-status")).getText()).startsWith("Submitted");

        browser.open("/quads/" + quadId);
        assertThat(browser.driver.findElements(By.id("not-revealed"))).isEmpty();
        assertThat(browser.find(By.id("comparison")).getText()).containsPattern("[1-6]");
        assertThat(browser.find(By.id("flag-list")).findElements(By.tagName("li"))).as("flags").isNotEmpty();
        assertThat(browser.find(By.cssSelector(".quads-what-next")).getText()).contains("What happens next");
        browser.assertAccessible("demo quad comparison");
        browser.screenshot("demo-comparison");

        browser.open("/quads/" + quadId + "/learning-partners");
        assertThat(browser.driver.findElements(By.id("no-partners"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("main .govuk-summary-card"))).as("learning partners")
                .isNotEmpty();
        browser.assertAccessible("demo learning partners");

        browser.open("/quads/" + quadId + "/national");
        assertThat(browser.find(By.id("national-table")).findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        browser.assertAccessible("demo national picture");

        browser.open("/quads/" + quadId + "/trend");
        assertThat(browser.driver.findElements(By.id("no-trend"))).isEmpty();
        assertThat(browser.find(By.cssSelector("#trend-table thead")).getText()).contains(earlierName, cycleName);
        browser.assertAccessible("demo trend");
        browser.screenshot("demo-trend");

        browser.open("/quads/" + quadId + "/sessions");
        assertThat(browser.find(By.id("sessions-table")).findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        browser.assertAccessible("demo sessions");

        browser.open("/quads/" + quadId + "/actions");
        assertThat(browser.driver.findElements(By.cssSelector("main .govuk-summary-card"))).as("actions")
                .isNotEmpty();
        browser.assertAccessible("demo actions");
    }

    @Test
    @Order(3)
    void adesSeesOneRoundClosedAndOneUnderWay() throws Exception {
        assertThat(browser.signIn("ades")).isEqualTo("/ades");
        browser.open("/ades/cycles/" + cycleId);
        String progress = browser.find(By.id("progress")).getText();
        assertThat(progress).contains("Submitted", "Returned");
        browser.assertAccessible("demo cycle progress");

        browser.open("/ades/national");
        assertThat(browser.find(By.id("national")).getText()).containsPattern("[1-6]");
        browser.assertAccessible("demo national picture for ADES");
    }

    @Test
    @Order(4)
    void theOfficerInspectorAndViewerReadTheRevealedQuad() throws Exception {
        for (String login : List.of("ades-officer-1", "link-inspector-1")) {
            freshBrowser();
            assertThat(browser.signIn(login)).as(login).isEqualTo("/assigned");
            List<WebElement> quads = browser.driver.findElements(By.cssSelector("main li a[href^='/quads/']"));
            assertThat(quads).as(login + "'s quads").isNotEmpty();
            browser.clickAndLoad(quads.get(0));
            assertThat(browser.driver.findElements(By.id("not-revealed"))).as(login).isEmpty();
            assertThat(browser.find(By.id("comparison")).getText()).as(login).containsPattern("[1-6]");
            browser.assertAccessible(login + " reading a demo quad");
        }
        freshBrowser();
        assertThat(browser.signIn(editor + "-viewer")).isEqualTo("/council");
        browser.open("/quads/" + quadId);
        assertThat(browser.find(By.id("comparison")).getText()).containsPattern("[1-6]");
        browser.assertAccessible("a viewer reading a demo quad");
    }
}
