package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The links in notices lead somewhere (issue 30, item 11), on the running stack: each notice in a user's inbox
 * links to the page where they act on it, through the addresses notification-service also puts in its mails;
 * the email preferences page saves a choice; an unknown address is a GOV.UK "Page not found", not a bare error.
 */
class NoticeLinksIT extends BrowserJourney {

    @Test
    void everyNoticeInACouncilEditorsInboxLinksToAPageOfTheirs() throws Exception {
        browser.signIn("glasgow-city");
        browser.open("/notifications");
        Set<String> links = noticeLinks();
        assertThat(links).as("links on Glasgow's notices (the demo cycle's opening at least)").isNotEmpty();
        browser.assertAccessible("notifications with links");
        browser.screenshot("council-notification-links");
        for (String link : links) {
            assertLeadsToAPage(link);
        }
    }

    @Test
    void adesNoticesLeadToTheCyclesPages() throws Exception {
        browser.signIn("ades");
        browser.open("/notifications");
        for (String link : noticeLinks()) {
            assertLeadsToAPage(link);
            assertThat(browser.driver.getCurrentUrl()).as("where %s took ADES", link).contains("/ades/");
        }
        // The address every mail names for a cycle: ADES lands on the cycle's progress.
        String cycleId = new CouncilStack("ades").demoCycleId();
        browser.open("/cycles/" + cycleId + "/self-evaluation");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/ades/cycles/" + cycleId);
    }

    @Test
    void aCouncilEditorChoosesADailyDigestForDeadlineReminders() throws Exception {
        browser.signIn("glasgow-city");
        browser.open("/preferences");
        assertThat(browser.heading()).isEqualTo("Emails you get");
        WebElement digest = browser.find(By.id("email-deadline-approaching-digest"));
        WebElement before = browser.driver.findElements(By.cssSelector("input[name='email-deadline-approaching']"))
                .stream().filter(WebElement::isSelected).findFirst().orElseThrow();
        String was = before.getAttribute("value");
        browser.driver.executeScript("arguments[0].click();", digest);
        browser.clickAndLoad(browser.find(By.id("save-preferences")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Your email choices have been saved");
        assertThat(browser.find(By.id("email-deadline-approaching-digest")).isSelected()).isTrue();
        browser.assertAccessible("email preferences");
        browser.screenshot("council-preferences");

        // Put it back as it was, for the next run.
        WebElement previous = browser.find(By.cssSelector("input[name='email-deadline-approaching'][value='" + was
                + "']"));
        browser.driver.executeScript("arguments[0].click();", previous);
        browser.clickAndLoad(browser.find(By.id("save-preferences")));
        assertThat(browser.find(By.cssSelector("input[name='email-deadline-approaching'][value='" + was + "']"))
                .isSelected()).isTrue();
    }

    @Test
    void anUnknownAddressIsAFriendlyPageNotFound() throws Exception {
        browser.signIn("glasgow-city");
        browser.open("/cycles/not-a-cycle/somewhere");
        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.find(By.cssSelector("main")).getText()).contains("Go to your dashboard")
                .doesNotContain("Resource not found");
        browser.assertAccessible("page not found");
        browser.screenshot("page-not-found");
    }

    /** The distinct links to act on the notices listed on the page. */
    private Set<String> noticeLinks() {
        Set<String> links = new LinkedHashSet<>();
        for (WebElement a : browser.driver.findElements(By.cssSelector("#notification-list a.govuk-link"))) {
            links.add(a.getAttribute("href").substring(Browser.PORTAL.length()));
        }
        return links;
    }

    private void assertLeadsToAPage(String link) {
        browser.open(link);
        String heading = browser.heading();
        assertThat(heading).as("the page %s leads to (%s)", link, browser.driver.getCurrentUrl())
                .isNotBlank().isNotEqualTo("Page not found").doesNotContain("Sorry, there is a problem");
        assertThat(java.net.URI.create(browser.driver.getCurrentUrl()).getPath()).as("where %s led", link)
                .doesNotStartWith("/cycles/");
    }
}
