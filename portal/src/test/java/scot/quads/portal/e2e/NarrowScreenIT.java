package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** On a 375 px phone the dashboard's cycle chooser lines up and nothing scrolls sideways (issue 30, item 12). */
class NarrowScreenIT extends BrowserJourney {

    @Test
    void theShowCycleButtonSitsUnderItsSelectAlignedOnAPhone() throws Exception {
        browser.signIn("glasgow-city");
        browser.driver.manage().window().setSize(new Dimension(375, 812));
        browser.open("/council?cycle=" + new CouncilStack("glasgow-city").demoCycleId());
        WebElement select = browser.find(By.id("cycle"));
        WebElement button = browser.find(By.id("choose-cycle"));
        assertThat(button.getRect().getX()).as("the button's left edge against the select's")
                .isEqualTo(select.getRect().getX());
        assertThat(button.getRect().getY()).as("the button below the select")
                .isGreaterThanOrEqualTo(select.getRect().getY() + select.getRect().getHeight());
        assertThat((Boolean) browser.driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;")).as("page scrolls sideways")
                .isTrue();
        browser.assertAccessible("dashboard at 375 px");
        browser.driver.executeScript("document.getElementById('cycle').scrollIntoView();");
        browser.screenshot("council-cycle-chooser-375");
    }
}
