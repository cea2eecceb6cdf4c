package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The invited partner's journey in a real headless Chromium against the local stack: the demo guest (cld-guest,
 * invited by the living demo to a session still to come of the first revealed quad) signs in, lands on her sessions,
 * reads the session's agenda and the note shared with her, adds her input, and is told she cannot see the quad's
 * comparison, a council's self-evaluation or ADES's pages. A member's editor shares one more agenda item with her,
 * which she then reads (and not an item still unshared) and answers. axe-core finds no WCAG 2.2 AA violation on her
 * pages or on the invitation form.
 */
class GuestJourneyIT extends BrowserJourney {

    static final String GUEST = "cld-guest";

    static final String GUEST_EMAIL = GUEST + "@demo.quads.invalid";

    static String cycleId;
    static String quadId;
    static String editor;

    @BeforeAll
    static void theDemoCycleAndItsQuads() throws Exception {
        PartnerStack ades = new PartnerStack("ades");
        cycleId = new CouncilStack("ades").demoCycleId();
        List<JsonNode> quads = new ArrayList<>();
        ades.get(PartnerStack.QUAD + "/cycles/" + cycleId + "/quads").forEach(quads::add);
        quads.sort(Comparator.comparing(quad -> quad.get("name").asText()));
        quadId = quads.get(0).get("id").asText();
        editor = quads.get(0).get("members").get(0).get("name").asText().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /**
     * A member's editor invites the demo guest again to her session, ticking one agenda item not yet shared with her;
     * she then reads that item, and not another item still unshared, and adds her input about it. The invitation is
     * withdrawn afterwards (through the API) so that the next run finds the same items unshared.
     */
    @Test
    void anEditorSharesAChosenAgendaItemAndTheGuestSeesThatItemAndNotAnother() throws Exception {
        PartnerStack ades = new PartnerStack("ades");
        String guests = PartnerStack.QUAD + "/quads/" + quadId + "/guests";
        JsonNode demo = null;
        for (JsonNode invitation : ades.get(guests)) {
            if (GUEST_EMAIL.equals(invitation.get("email").asText()) && "live".equals(invitation.get("status")
                    .asText())) {
                demo = invitation;
            }
        }
        assertThat(demo).as("the living demo's invitation of " + GUEST).isNotNull();
        String sessionId = demo.get("sessionIds").get(0).asText();
        Set<String> shared = new HashSet<>();
        demo.get("itemIds").forEach(id -> shared.add(id.asText()));
        List<JsonNode> unshared = new ArrayList<>();
        ades.get(PartnerStack.QUAD + "/quads/" + quadId + "/sessions/" + sessionId).get("agenda").forEach(item -> {
            if (!shared.contains(item.get("id").asText())) {
                unshared.add(item);
            }
        });
        assertThat(unshared).as("agenda items of the demo guest's session not shared with her").hasSizeGreaterThan(1);
        JsonNode chosen = unshared.get(0);
        JsonNode other = unshared.get(1);

        assertThat(browser.signIn(editor)).isEqualTo("/council");
        browser.open("/quads/" + quadId + "/guests?session=" + sessionId);
        assertThat(browser.heading()).isEqualTo("Guests");
        browser.find(By.id("guest-name")).sendKeys("Morag Lindsay");
        browser.find(By.id("guest-email")).sendKeys(GUEST_EMAIL);
        browser.find(By.id("guest-organisation")).sendKeys("Community learning and development manager");
        LocalDate until = LocalDate.now().plusDays(30);
        browser.find(By.id("guest-expires-day")).sendKeys(String.valueOf(until.getDayOfMonth()));
        browser.find(By.id("guest-expires-month")).sendKeys(String.valueOf(until.getMonthValue()));
        browser.find(By.id("guest-expires-year")).sendKeys(String.valueOf(until.getYear()));
        assertThat(browser.find(By.id("guest-session-" + sessionId)).isSelected()).isTrue();
        browser.find(By.cssSelector("label[for='guest-item-" + chosen.get("id").asText() + "']")).click();
        browser.assertAccessible("guest invitation form with an item ticked");
        browser.clickAndLoad(browser.find(By.id("guest-invite")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("The invitation has been sent");
        String invitationId = null;
        for (JsonNode invitation : ades.get(guests)) {
            if (GUEST_EMAIL.equals(invitation.get("email").asText()) && "live".equals(invitation.get("status")
                    .asText()) && !invitation.get("id").asText().equals(demo.get("id").asText())) {
                invitationId = invitation.get("id").asText();
                assertThat(invitation.get("itemIds").get(0).asText()).isEqualTo(chosen.get("id").asText());
                assertThat(invitation.get("itemIds")).hasSize(1);
            }
        }
        assertThat(invitationId).as("the editor's new invitation").isNotNull();
        try {
            // A new browser: Keycloak would otherwise sign the editor straight back in.
            browser.close();
            browser = new Browser();
            browser.signIn(GUEST);
            browser.open("/guest/sessions/" + sessionId);
            List<String> items = browser.find(By.id("guest-agenda")).findElements(By.tagName("li")).stream()
                    .map(WebElement::getText).toList();
            assertThat(items).contains(label(chosen)).doesNotContain(label(other));

            String input = "The family learning team can speak to this item (" + System.nanoTime() + ").";
            browser.find(By.cssSelector("label[for='guest-item-" + chosen.get("id").asText() + "']")).click();
            browser.find(By.id("guest-text")).sendKeys(input);
            browser.clickAndLoad(browser.find(By.id("guest-input-add")));
            assertThat(browser.find(By.id("guest-input")).getText()).contains(input)
                    .contains(about(chosen));
            browser.assertAccessible("guest session with a chosen item");

            // The quad reads what she wrote on the session's own page, with the item it is about.
            browser.close();
            browser = new Browser();
            browser.signIn(editor);
            browser.open("/quads/" + quadId + "/sessions/" + sessionId);
            assertThat(browser.find(By.id("session-guest-input")).getText()).contains(input)
                    .contains("on agenda item");
            browser.assertAccessible("a session's record with a guest's input");
        } finally {
            ades.send("DELETE", guests + "/" + invitationId, null, null, 200);
        }
    }

    /** An agenda item as the guest's session page lists it. */
    private static String label(JsonNode item) {
        return switch (item.get("kind").asText()) {
            case "rubric-item" -> (item.get("questionCode").asText() + " " + item.path("prompt").asText("")).trim();
            case "key-question" -> "Key question: " + item.get("title").asText();
            default -> item.get("title").asText();
        };
    }

    /** What the guest's page says an input is about. */
    private static String about(JsonNode item) {
        return switch (item.get("kind").asText()) {
            case "rubric-item" -> "About " + item.get("questionCode").asText();
            case "key-question" -> "About the key question: " + item.get("title").asText();
            default -> "About " + item.get("title").asText();
        };
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
