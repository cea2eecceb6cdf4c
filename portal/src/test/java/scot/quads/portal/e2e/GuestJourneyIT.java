package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The invited partner's journey in a real headless Chromium against the local stack: the demo guest (cld-guest,
 * invited by the living demo to a session still to come of the first revealed quad) signs in, lands on her sessions,
 * reads the session's agenda and the note shared with her, adds her input, and is told she cannot see the quad's
 * comparison, a council's self-evaluation or ADES's pages. axe-core finds no WCAG 2.2 AA violation on her pages.
 */
class GuestJourneyIT extends BrowserJourney {

    static final String GUEST = "cld-guest";

    static String cycleId;
    static String quadId;

    @BeforeAll
    static void theDemoCycleAndItsQuads() throws Exception {
        PartnerStack ades = new PartnerStack("ades");
        cycleId = new CouncilStack("ades").demoCycleId();
        List<JsonNode> quads = new ArrayList<>();
        ades.get(PartnerStack.QUAD + "/cycles/" + cycleId + "/quads").forEach(quads::add);
        quads.sort(Comparator.comparing(quad -> quad.get("name").asText()));
        quadId = quads.get(0).get("id").asText();
    }

    @Test
    void theGuestReadsHerSessionAddsInputAndCannotOpenAnythingElse() throws Exception {
        String landing = browser.signIn(GUEST);
        assertThat(landing).isEqualTo("/guest");
        assertThat(browser.heading()).isEqualTo("Your sessions");
        browser.assertAccessible("guest home");
        List<WebElement> sessions = browser.find(By.id("guest-sessions")).findElements(By.tagName("a"));
        assertThat(sessions).as("the demo guest is invited to one session").hasSize(1);

        browser.clickAndLoad(sessions.get(0));
        assertThat(browser.heading()).startsWith("Session on ");
        assertThat(browser.find(By.id("guest-agenda")).findElements(By.tagName("li"))).isNotEmpty();
        assertThat(browser.find(By.cssSelector(".guest-shared")).getText()).contains("family learning");
        browser.assertAccessible("guest session");

        String input = "Our youth workers run two family learning evenings a term (" + System.nanoTime() + ").";
        browser.find(By.id("guest-text")).sendKeys(input);
        browser.clickAndLoad(browser.find(By.id("guest-input-add")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Your input has been added");
        assertThat(browser.find(By.id("guest-input")).getText()).contains(input);
        browser.assertAccessible("guest session with input");
        browser.screenshot("guest-session");

        for (String page : List.of("/quads/" + quadId, "/quads/" + quadId + "/sessions",
                "/council/cycles/" + cycleId, "/ades", "/ades/assignments")) {
            browser.open(page);
            assertThat(browser.heading()).as(page).isEqualTo("You cannot see this page");
        }
    }
}
