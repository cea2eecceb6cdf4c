package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

/**
 * Professional dialogue in a real headless Chromium against the running local stack, in a revealed demo quad that
 * the other journeys leave alone (not Fife's or Glasgow City's): a council editor asks a stronger learning partner
 * about an item from the learning partners page; the partner's named contact (its demo editor, the council's one
 * contact) finds the question in their notifications, opens the thread and replies; the asker reads the reply in the
 * thread; an Education Scotland link inspector opens moderation and sees every quad's levels beside the national
 * distribution. axe-core finds no WCAG 2.2 AA violation on any page visited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DialogueJourneyIT extends BrowserJourney {

    /** The councils whose quads the demo leaves for the other journeys (LivingDemo.KEPT_FRESH). */
    static final Set<String> KEPT_FRESH = DemoJourneyIT.KEPT_FRESH;

    static String quadId;
    static String asker;
    static String partnerCode;
    static String partnerName;
    static String partnerLogin;
    static String itemCode;
    static final String WORDS = "Your level here is well above ours. How did you bring your secondary heads in? "
            + PartnerStack.fresh("dialogue");

    /** The last revealed demo quad by name (DemoJourneyIT uses the first) with a member that has a stronger partner. */
    @BeforeAll
    static void aWeakerCouncilAndItsStrongerPartner() throws Exception {
        PartnerStack ades = new PartnerStack("ades");
        String cycleId = new CouncilStack("ades").demoCycleId();
        List<JsonNode> quads = new ArrayList<>();
        ades.get(PartnerStack.QUAD + "/cycles/" + cycleId + "/quads").forEach(quads::add);
        quads.sort(Comparator.comparing((JsonNode quad) -> quad.get("name").asText()).reversed());
        for (JsonNode quad : quads) {
            List<String> codes = quad.get("members").findValuesAsText("code");
            String id = quad.get("id").asText();
            if (codes.stream().anyMatch(KEPT_FRESH::contains) || !ades.get(PartnerStack.QUAD + "/quads/" + id
                    + "/comparison").path("reveal").path("revealedToMembers").asBoolean()) {
                continue;
            }
            for (JsonNode member : quad.get("members")) {
                JsonNode found = ades.get(PartnerStack.QUAD + "/quads/" + id + "/learning-partners?council="
                        + member.get("code").asText()).path("questions");
                if (found.isArray() && !found.isEmpty()) {
                    JsonNode partner = found.get(0).get("partners").get(0);
                    quadId = id;
                    asker = login(member.get("name").asText());
                    itemCode = found.get(0).get("questionCode").asText();
                    partnerCode = partner.get("councilCode").asText();
                    partnerName = partner.get("name").asText();
                    partnerLogin = login(partnerName);
                    return;
                }
            }
        }
        throw new IllegalStateException("No revealed demo quad with a learning partner: is the living demo loaded?");
    }

    @Test
    @Order(1)
    void anEditorAsksAStrongerPartnerAboutAnItem() throws Exception {
        browser.signIn(asker);
        browser.open("/quads/" + quadId + "/learning-partners");
        browser.clickAndLoad(browser.find(By.cssSelector("a[href*='/introductions/new?item="
                + itemCode + "'][href$='partner=" + partnerCode + "']")));
        assertThat(browser.heading()).isEqualTo("Ask " + partnerName + " about " + itemCode);
        assertThat(browser.find(By.id("context")).getText()).contains(partnerName + "'s level");
        browser.assertAccessible("ask a learning partner");

        browser.clickAndLoad(browser.find(By.cssSelector("#ask button")));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter your question");
        browser.assertAccessible("ask a learning partner, with an error");

        browser.find(By.id("ask-text")).sendKeys(WORDS);
        browser.clickAndLoad(browser.find(By.cssSelector("#ask button")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("named contact");
        assertThat(browser.find(By.id("messages")).isDisplayed()).isTrue();
        assertThat(browser.find(By.tagName("main")).getText()).contains(WORDS).contains("Waiting for a reply");
        browser.assertAccessible("an introduction's thread");
        browser.screenshot("partner-introduction-asked");
    }

    @Test
    @Order(2)
    void thePartnersContactFindsTheQuestionInTheirNotificationsAndReplies() throws Exception {
        browser.signIn(partnerLogin);
        WebElement link = null;
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (link == null) {
            browser.open("/notifications");
            List<WebElement> links = browser.driver.findElements(By.xpath("//li[contains(., "
                    + "'about " + itemCode + "')]//a[contains(@href, '/introductions/')]"));
            if (!links.isEmpty()) {
                link = links.get(0);
            } else if (Instant.now().isAfter(until)) {
                throw new AssertionError("No notice of the question reached " + partnerLogin + ": "
                        + browser.find(By.tagName("main")).getText());
            } else {
                Thread.sleep(1000);
            }
        }
        browser.assertAccessible("the contact's notifications");
        browser.clickAndLoad(link);
        assertThat(browser.find(By.tagName("main")).getText()).contains(WORDS);
        browser.find(By.id("reply-text")).sendKeys("We asked each secondary head to lead one termly review.");
        browser.clickAndLoad(browser.find(By.cssSelector("#reply button")));
        assertThat(browser.find(By.id("status")).getText()).isEqualTo("Replied");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Reply from " + partnerLogin);
        browser.assertAccessible("the thread, replied");
    }

    @Test
    @Order(3)
    void theAskerReadsTheReplyInTheThread() throws Exception {
        browser.signIn(asker);
        browser.open("/quads/" + quadId + "/introductions");
        browser.clickAndLoad(browser.find(By.cssSelector("#introductions tbody tr a")));
        assertThat(browser.find(By.tagName("main")).getText()).contains(WORDS)
                .contains("We asked each secondary head to lead one termly review.");
        browser.assertAccessible("the asker's thread");
        browser.screenshot("partner-introduction-replied");
    }

    @Test
    @Order(4)
    void aLinkInspectorOpensModeration() throws Exception {
        browser.signIn("link-inspector-1");
        browser.clickAndLoad(browser.find(By.linkText("Moderation")));
        assertThat(browser.heading()).isEqualTo("Moderation");
        assertThat(browser.find(By.id("stands-apart-rule")).getText()).contains("one level or more");
        assertThat(browser.driver.findElements(By.cssSelector("main .govuk-summary-card"))).isNotEmpty();
        assertThat(browser.find(By.id("quads")).getText()).contains("answers revealed");
        browser.assertAccessible("moderation");
        browser.screenshot("moderation");
    }

    private static String login(String councilName) {
        return councilName.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
