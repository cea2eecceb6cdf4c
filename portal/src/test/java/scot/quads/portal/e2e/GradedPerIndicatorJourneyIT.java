package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Both grains on the demo stack: ADES opens a cycle of its own on the demonstration framework graded per quality
 * indicator (QUADS-DEMO-QI, which no demo cycle runs), and an Orkney editor answers it: one level for the indicator
 * as a whole with its evidence, its questions in words with no level (the optional one labelled so), the task list
 * and check page counting the indicator's level and the required questions. The cycle is closed afterwards, even
 * when a step fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradedPerIndicatorJourneyIT extends BrowserJourney {

    static final String CYCLE = AdesStack.PREFIX + "per-indicator-" + System.currentTimeMillis();
    static final String EDITOR = "orkney-islands";

    static String cycleId;

    @AfterAll
    static void closeTheCycle() throws Exception {
        new AdesStack().closeOurCycles();
    }

    @Test
    @Order(1)
    void adesOpensACycleOnTheVersionGradedPerIndicator() throws Exception {
        assertThat(browser.signIn("ades")).isEqualTo("/ades");
        browser.open("/ades/cycles/new");
        browser.find(By.id("name")).sendKeys(CYCLE);
        Select version = new Select(browser.find(By.id("rubricVersionId")));
        WebElement perIndicator = version.getOptions().stream()
                .filter(o -> o.getText().contains("graded per quality indicator")).findFirst()
                .orElseThrow(() -> new AssertionError("No published version graded per quality indicator to choose"));
        version.selectByValue(perIndicator.getAttribute("value"));
        LocalDate today = LocalDate.now();
        date("opensOn", today);
        date("submissionDeadline", today.plusDays(60));
        browser.find(By.id("revealRule-on-submission")).click();
        browser.clickAndLoad(browser.find(By.cssSelector("form button[type=submit]")));

        assertThat(browser.heading()).isEqualTo(CYCLE);
        assertThat(browser.find(By.id("cycle-state")).getText()).isEqualTo("Open");
        cycleId = browser.driver.getCurrentUrl().replaceAll("[?#].*", "").replaceAll(".*/", "");
    }

    @Test
    @Order(2)
    void aCouncilGradesTheIndicatorAsAWholeAndAnswersItsQuestionsInWords() throws Exception {
        assertThat(cycleId).as("the cycle the first step opened").isNotNull();
        assertThat(browser.signIn(EDITOR)).isEqualTo("/council");
        browser.open("/council/cycles/" + cycleId);
        assertThat(browser.find(By.cssSelector(".govuk-task-list")).getText())
                .contains("A1 Raising the attainment of every learner",
                        "0 of 3 answered (the indicator's level and its required questions)");
        browser.assertAccessible("council task list graded per quality indicator");

        browser.clickAndLoad(browser.find(By.partialLinkText("A1 Raising the attainment")));
        assertThat(browser.heading()).isEqualTo("A1 Raising the attainment of every learner");
        // The indicator's own form takes the level; its questions have none.
        assertThat(browser.find(By.id("q-A1")).getText()).contains("A1 as a whole", "Evaluation level", "Next steps");
        assertThat(browser.driver.findElements(By.cssSelector("#q-A1-1 input[name=level]"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#q-A1-1 textarea[name=strengths]"))).isEmpty();
        assertThat(browser.find(By.cssSelector("label[for=q-A1-3-evidence]")).getText())
                .isEqualTo("Your answer (optional)");
        browser.assertAccessible("council indicator graded as a whole");
        browser.screenshot("council-indicator-graded-as-a-whole");

        browser.find(By.id("q-A1-level-4")).click();
        browser.find(By.id("q-A1-evidence")).sendKeys("Attainment rose in 9 of our 12 schools over three years.");
        browser.clickAndLoad(browser.find(By.id("q-A1-save")));
        assertThat(browser.find(By.id("answer-saved")).getText()).contains("Your answer to A1 has been saved");
        assertThat(browser.find(By.id("q-A1-level-4")).isSelected()).isTrue();

        browser.find(By.id("q-A1-1-evidence")).sendKeys("Teacher judgements and standardised assessment agree.");
        browser.clickAndLoad(browser.find(By.id("q-A1-1-save")));
        assertThat(browser.find(By.id("answer-saved")).getText()).contains("Your answer to A1-1 has been saved");

        browser.open("/council/cycles/" + cycleId);
        assertThat(browser.find(By.cssSelector(".govuk-task-list")).getText())
                .contains("2 of 3 answered (the indicator's level and its required questions)");

        browser.open("/council/cycles/" + cycleId + "/check");
        assertThat(browser.find(By.id("blockers")).getText()).contains("Question A1-2", "Quality indicator A2")
                .doesNotContain("Question A1-3").doesNotContain("Quality indicator A1 ");
        assertThat(browser.find(By.id("q-A1-row")).getText()).contains("A1 as a whole", "Level 4 Good");
        browser.assertAccessible("council check graded per quality indicator");
    }

    private void date(String name, LocalDate date) {
        for (String[] part : new String[][] { { "day", String.valueOf(date.getDayOfMonth()) },
                { "month", String.valueOf(date.getMonthValue()) }, { "year", String.valueOf(date.getYear()) } }) {
            WebElement input = browser.find(By.id(name + "-" + part[0]));
            input.clear();
            input.sendKeys(part[1]);
        }
    }
}
