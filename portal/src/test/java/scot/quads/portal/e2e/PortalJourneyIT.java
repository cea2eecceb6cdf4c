package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal's journeys in a real headless Chromium against the running local stack (./quads up with its demo
 * data): ADES lands on the cycles overview; a Glasgow editor answers a question (autosaved), meets a colleague's
 * change to the same answer, checks the answers, submits, sees the quad page, and recalls. axe-core finds no
 * WCAG 2.2 AA violation on any page visited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalJourneyIT {

    static final String EDITOR = "glasgow-city";
    static final String GLASGOW = "S12000049";

    /** A new browser per journey: nobody is still signed in to Keycloak from the one before. */
    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void adesLandsOnTheCyclesOverviewWithEveryCouncilsProgress() throws Exception {
        assertThat(browser.signIn("ades")).isEqualTo("/ades");
        assertThat(browser.heading()).isEqualTo("Cycles and progress");
        assertThat(browser.driver.findElements(By.cssSelector("#progress tbody tr"))).hasSizeGreaterThanOrEqualTo(32);
        browser.assertAccessible("ADES cycles overview");
        browser.screenshot("ades-cycles");

        browser.open("/ades/frameworks");
        assertThat(browser.heading()).isEqualTo("Rubric frameworks");
        browser.assertAccessible("ADES frameworks");

        browser.open("/ades");
        browser.find(By.partialLinkText("Quads in")).click();
        assertThat(browser.heading()).startsWith("Quads in");
        browser.assertAccessible("ADES quads of a cycle");
        browser.find(By.cssSelector("main h2 a")).click();
        browser.find(By.id("reveal-state"));
        browser.assertAccessible("ADES quad page");
    }

    @Test
    @Order(2)
    void aCouncilEditorAnswersChecksSubmitsAndRecalls() throws Exception {
        StackApi api = new StackApi(EDITOR);
        String cycleId = openCycle(api);
        String evaluationUrl = StackApi.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + GLASGOW;
        JsonNode evaluation = api.get(evaluationUrl);
        if ("submitted".equals(evaluation.get("state").asText())) {
            api.post(evaluationUrl + "/recall");
        }
        // The questions not under test are answered over the API, so that the browser's answer completes it.
        String firstQuestion = evaluation.get("questions").get(0).get("code").asText();
        for (JsonNode question : api.get(evaluationUrl).get("questions")) {
            String code = question.get("code").asText();
            JsonNode answer = question.get("answer");
            if (!code.equals(firstQuestion) && (answer == null || answer.isNull() || answer.get("level").isNull())) {
                api.put(evaluationUrl + "/answers/" + code, answer == null || answer.isNull() ? "0"
                        : answer.get("version").asText(), answerBody(3, "Evidence for " + code));
            }
        }
        JsonNode first = api.get(evaluationUrl).get("questions").get(0).get("answer");
        if (first != null && !first.isNull()) {
            api.put(evaluationUrl + "/answers/" + firstQuestion, first.get("version").asText(), answerBody(null, null));
        }

        assertThat(browser.signIn(EDITOR)).isEqualTo("/council");
        assertThat(browser.heading()).isEqualTo("Glasgow City");
        assertThat(browser.find(By.id("evaluation-status")).getText()).isEqualTo("In progress");
        browser.assertAccessible("council dashboard");
        browser.screenshot("council-dashboard");

        browser.find(By.id("continue")).click();
        assertThat(browser.heading()).startsWith("Self-evaluation");
        browser.assertAccessible("task list");
        browser.screenshot("council-task-list");

        browser.find(By.cssSelector(".govuk-task-list__link")).click();
        String qid = "q-" + firstQuestion.replaceAll("[^A-Za-z0-9]", "-");
        browser.find(By.cssSelector("label[for='" + qid + "-level-4']")).click();
        WebElement evidence = browser.find(By.id(qid + "-evidence"));
        evidence.sendKeys("Teacher judgements 2021-2025 show a steady rise.");
        browser.wait.until(ExpectedConditions.textMatches(By.id(qid + "-status"), java.util.regex.Pattern.compile("^Saved ")));
        JsonNode saved = api.get(evaluationUrl).get("questions").get(0).get("answer");
        assertThat(saved.get("level").asInt()).isEqualTo(4);
        assertThat(saved.get("evidence").asText()).isEqualTo("Teacher judgements 2021-2025 show a steady rise.");
        browser.assertAccessible("indicator page");
        browser.screenshot("council-indicator");

        // A colleague saves the same answer meanwhile: autosave stops and says so; "Save answer" shows theirs.
        api.put(evaluationUrl + "/answers/" + firstQuestion, saved.get("version").asText(),
                answerBody(5, "A colleague's evidence"));
        evidence.sendKeys(" More to add.");
        browser.wait.until(ExpectedConditions.textMatches(By.id(qid + "-status"),
                java.util.regex.Pattern.compile("someone else")));
        browser.find(By.id(qid + "-save")).click();
        WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("Someone else changed this answer");
        assertThat(browser.find(By.cssSelector("#" + qid + " .govuk-warning-text")).getText())
                .contains("A colleague's evidence");
        browser.assertAccessible("indicator page with a stale answer");
        browser.screenshot("council-stale-answer");
        browser.find(By.id(qid + "-save")).click();
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Your answer to " + firstQuestion + " has been saved");
        assertThat(api.get(evaluationUrl).get("questions").get(0).get("answer").get("level").asInt()).isEqualTo(4);

        browser.open("/council/cycles/" + cycleId + "/check");
        assertThat(browser.heading()).isEqualTo("Check your answers before submitting");
        browser.assertAccessible("check your answers");
        browser.screenshot("council-check-answers");
        browser.find(By.id("submit")).click();
        assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Self-evaluation submitted");
        browser.assertAccessible("submitted");
        browser.screenshot("council-submitted");
        assertThat(api.get(evaluationUrl).get("state").asText()).isEqualTo("submitted");

        browser.open("/council");
        assertThat(browser.find(By.id("evaluation-status")).getText()).startsWith("Submitted");
        WebElement quadLink = browser.find(By.cssSelector("a[href^='/quads/']"));
        quadLink.click();
        browser.find(By.id("reveal-state"));
        browser.assertAccessible("quad page");
        browser.screenshot("quad");

        browser.open("/notifications");
        browser.assertAccessible("notifications");

        browser.open("/council/cycles/" + cycleId + "/check");
        browser.find(By.id("recall")).click();
        browser.find(By.id("submit"));
        assertThat(api.get(evaluationUrl).get("state").asText()).isNotEqualTo("submitted");
    }

    @Test
    @Order(3)
    void anAnswerTheServiceRefusesIsShownInAnErrorSummaryLinkedToItsField() throws Exception {
        StackApi api = new StackApi(EDITOR);
        String cycleId = openCycle(api);
        browser.signIn(EDITOR);
        browser.open("/council/cycles/" + cycleId);
        browser.find(By.cssSelector(".govuk-task-list__link")).click();
        WebElement form = browser.find(By.cssSelector("form.quads-answer"));
        String qid = form.getAttribute("id");
        browser.driver.executeScript("arguments[0].value = 'x'.repeat(10001);",
                browser.find(By.id(qid + "-strengths")));
        browser.driver.executeScript("document.querySelectorAll('form.quads-answer').forEach(f => f.dataset.stale = 'true');");
        browser.find(By.id(qid + "-save")).click();
        WebElement link = browser.find(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(link.getAttribute("href")).endsWith("#" + qid + "-strengths");
        browser.assertAccessible("indicator page with an error");
        browser.screenshot("council-error-summary");
    }

    private static String openCycle(StackApi api) throws Exception {
        for (JsonNode cycle : api.get(StackApi.RUBRIC + "/cycles")) {
            if ("open".equals(cycle.get("state").asText())) {
                return cycle.get("id").asText();
            }
        }
        throw new IllegalStateException("No open cycle: is the demo data loaded (./quads up)?");
    }

    private static Map<String, Object> answerBody(Integer level, String evidence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", level);
        body.put("evidence", evidence);
        return body;
    }
}
