package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * ADES acts from the progress table (issue 30, item 6), on the running stack's demo cycle: the table filters by
 * status, each council's name opens its whole self-evaluation, and a return for revision without a reason is
 * refused with a GOV.UK error (nothing is returned). Orkney, a council no other journey uses, submits first, so there
 * is a submitted council to find on fresh demo data whatever order the journeys run in.
 */
class AdesProgressIT extends BrowserJourney {

    @Test
    void adesFiltersTheProgressOpensACouncilsSelfEvaluationAndIsAskedWhyBeforeReturningIt() throws Exception {
        String cycleId = new CouncilStack("ades").demoCycleId();
        PartnerStack.submitAll("orkney-islands", "S12000023", cycleId, question -> 3, false);
        browser.signIn("ades");
        browser.open("/ades/cycles/" + cycleId);
        int all = browser.driver.findElements(By.cssSelector("#progress tbody tr")).size();
        assertThat(all).isGreaterThanOrEqualTo(32);

        new Select(browser.find(By.id("status"))).selectByValue("submitted");
        new Select(browser.find(By.id("sort"))).selectByValue("missing");
        browser.clickAndLoad(browser.find(By.id("apply-filter")));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#progress tbody tr"));
        assertThat(rows).as("submitted councils (Orkney at least)").isNotEmpty().hasSizeLessThan(all);
        for (WebElement row : rows) {
            assertThat(row.findElements(By.tagName("td")).get(1).getText()).startsWith("Submitted");
        }
        assertThat(browser.find(By.id("progress-count")).getText()).isEqualTo(rows.size() == 1 ? "1 council shown."
                : rows.size() + " councils shown.");
        browser.assertAccessible("ADES progress filtered");
        browser.driver.executeScript("document.getElementById('progress-heading').scrollIntoView();");
        browser.screenshot("ades-progress-filtered");

        WebElement council = rows.get(0).findElement(By.cssSelector("th a"));
        String name = council.getText();
        browser.clickAndLoad(council);
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.find(By.id("evaluation-status")).getText()).startsWith("Submitted");
        assertThat(browser.find(By.cssSelector(".govuk-summary-card")).getText()).contains("Evaluation level",
                "Evidence");
        browser.assertAccessible("ADES reading a council's self-evaluation");
        browser.screenshot("ades-council-self-evaluation");

        browser.clickAndLoad(browser.find(By.id("return")));
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Enter why the self-evaluation is being returned");
        assertThat(browser.find(By.id("evaluation-status")).getText()).startsWith("Submitted");
        browser.assertAccessible("ADES return without a reason");
    }
}
