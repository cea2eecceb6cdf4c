package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * Both grains on the demo stack: ADES opens a cycle of its own on the demonstration framework graded per quality
 * indicator (QUADS-DEMO-QI, which no demo cycle runs), and an Orkney editor answers it: one level for the indicator
 * as a whole with its evidence, its questions in words with no level (the optional one labelled so), the task list
 * and check page counting the indicator's level and the required questions. Then Orkney, Shetland and North
 * Lanarkshire, formed into a quad of that cycle (by ADES, through the API), all submit, and Shetland's editor reads
 * the quad per quality indicator: one row per indicator with each council's level, the flags and the divergence
 * agenda, and an indicator's page with each council's level and its answers to the indicator's questions. The quad
 * is dissolved and the cycle closed afterwards, even when a step fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradedPerIndicatorJourneyIT extends BrowserJourney {

    static final String CYCLE = AdesStack.PREFIX + "per-indicator-" + System.currentTimeMillis();
    static final String EDITOR = "orkney-islands";
    static final String ORKNEY = "S12000023";
    static final String SHETLAND = "S12000027";
    static final String NORTH_LANARKSHIRE = "S12000050";

    static String cycleId;
    static String quadId;

    @AfterAll
    static void closeTheCycle() throws Exception {
        try {
            if (quadId != null) {
                PartnerStack ades = new PartnerStack("ades");
                String url = PartnerStack.QUAD + "/quads/" + quadId;
                ades.send("DELETE", url, ades.get(url).get("version").asText(), null, 204);
            }
        } finally {
            new AdesStack().closeOurCycles();
        }
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

    @Test
    @Order(3)
    void aPartnerReadsTheQuadSideBySidePerQualityIndicatorWithItsFlags() throws Exception {
        assertThat(cycleId).as("the cycle the first step opened").isNotNull();
        PartnerStack ades = new PartnerStack("ades");
        String quadName = PartnerStack.fresh("Islands and Clyde quad graded per indicator");
        // quad-service hears of the new cycle from Kafka: forming its quad waits until it has.
        JsonNode quad = new FluentWait<>(ades).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .ignoring(IllegalStateException.class)
                .until(api -> {
                    try {
                        return api.send("POST", PartnerStack.QUAD + "/cycles/" + cycleId + "/quads", null,
                                Map.of("name", quadName, "members", List.of(ORKNEY, SHETLAND, NORTH_LANARKSHIRE)),
                                201);
                    } catch (java.io.IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
        quadId = quad.get("id").asText();
        // A1: Orkney 4 (given in the browser above), Shetland 5 on thin evidence, North Lanarkshire 1 (three below
        // the median of 4); every other indicator 4, 3, 3.
        PartnerStack.submitPerIndicator(EDITOR, ORKNEY, cycleId, i -> 4, false);
        PartnerStack.submitPerIndicator("shetland-islands", SHETLAND, cycleId, i -> i == 0 ? 5 : 3, true);
        PartnerStack.submitPerIndicator("north-lanarkshire", NORTH_LANARKSHIRE, cycleId, i -> i == 0 ? 1 : 3,
                false);
        PartnerStack shetland = new PartnerStack("shetland-islands");
        new FluentWait<>(shetland).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .ignoring(IllegalStateException.class)
                .until(api -> {
                    try {
                        JsonNode comparison = api.get(PartnerStack.QUAD + "/quads/" + quadId + "/comparison");
                        return comparison.path("reveal").path("revealed").asBoolean()
                                && comparison.path("members").findValues("answersShown").stream()
                                        .allMatch(JsonNode::asBoolean);
                    } catch (java.io.IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });

        assertThat(browser.signIn("shetland-islands")).isEqualTo("/council");
        browser.open("/quads");
        browser.clickAndLoad(browser.find(By.cssSelector("#my-quads a[href='/quads/" + quadId + "']")));
        assertThat(browser.heading()).isEqualTo(quadName);
        assertThat(browser.find(By.id("graded-per-indicator")).getText())
                .contains("grades each quality indicator as a whole", "each row is a quality indicator");
        WebElement comparison = browser.find(By.id("comparison"));
        assertThat(comparison.findElement(By.cssSelector("thead th")).getText()).isEqualTo("Quality indicator");
        // One row per indicator, no rows of questions and no indicator summary rows between them.
        List<String> rows = comparison.findElements(By.cssSelector("tbody th[scope=row] a")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).containsExactly("A1", "A2", "B1", "B2", "C1", "C2");
        assertThat(comparison.findElements(By.cssSelector(".quads-indicator-row"))).isEmpty();
        WebElement a1 = browser.find(By.id("q-A1"));
        assertThat(a1.getText()).contains("Raising the attainment of every learner", "4 Good", "5 Very good",
                "1 Unsatisfactory", "Flag:");
        assertThat(browser.find(By.id("flag-list")).getText()).contains("A1: North Lanarkshire gave level 1",
                "Shetland Islands gave level 5 Very good with", "characters of evidence");
        assertThat(browser.find(By.cssSelector("#agenda-table tbody tr th a")).getText()).isEqualTo("A1");
        browser.assertAccessible("quad comparison graded per quality indicator");
        browser.driver.executeScript("document.getElementById('comparison-heading').scrollIntoView();");
        browser.screenshot("partner-quad-graded-per-indicator");

        browser.clickAndLoad(a1.findElement(By.cssSelector("th a")));
        assertThat(browser.heading()).isEqualTo("A1 Raising the attainment of every learner");
        assertThat(browser.find(By.cssSelector(".govuk-caption-l")).getText())
                .contains("quality indicator graded as a whole");
        List<WebElement> answers = browser.driver.findElements(By.cssSelector("#answers .quads-answer"));
        assertThat(answers).hasSize(3);
        WebElement orkney = browser.find(By.id("prompts-" + ORKNEY));
        assertThat(orkney.getText()).contains("A1-1", "Teacher judgements and standardised assessment agree.");
        assertThat(answers.stream().map(WebElement::getText).toList())
                .anySatisfy(text -> assertThat(text).contains("Orkney Islands", "Level: 4 Good",
                        "Attainment rose in 9 of our 12 schools over three years.",
                        "Answers to the indicator's questions"));
        browser.assertAccessible("quality indicator side by side");
        browser.screenshot("partner-indicator-side-by-side");
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
