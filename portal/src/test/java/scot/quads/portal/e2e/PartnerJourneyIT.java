package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * The quad partner's journey in a real headless Chromium against the running local stack: a Fife editor, whose
 * quad in the demo cycle has all four self-evaluations submitted (set up here, each by its own council), reads the
 * heat-map comparison with its flags and divergence agenda, a question's four answers side by side, comments and
 * replies, finds learning partners, the national picture and the trend as charts with tables, agrees actions and
 * moves them on (meeting a colleague's change), schedules a session from the divergence agenda, and downloads the
 * comparison. axe-core finds no WCAG 2.2 AA violation on any page visited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerJourneyIT extends BrowserJourney {

    static final String EDITOR = "fife";
    static final String FIFE = "S12000047";

    static String cycleId;
    static String quadId;
    static String quadName;

    /** All four members submit (levels chosen so that the quad diverges, Fife is weaker, and Falkirk is flagged). */
    @BeforeAll
    static void revealTheQuad() throws Exception {
        PartnerStack fife = new PartnerStack(EDITOR);
        cycleId = fife.demoCycle();
        JsonNode quad = fife.myQuad(cycleId);
        quadId = quad.get("id").asText();
        quadName = quad.get("name").asText();
        Map<String, IntUnaryOperator> levels = Map.of(
                "S12000047", i -> i % 3 == 0 ? 2 : 3,
                "S12000014", i -> i % 3 == 0 ? 5 : 4,
                "S12000040", i -> 4,
                "S12000006", i -> i % 4 == 0 ? 1 : 3);
        for (JsonNode member : quad.get("members")) {
            String code = member.get("code").asText();
            String login = member.get("name").asText().toLowerCase(Locale.ROOT).replace(' ', '-');
            PartnerStack.submitAll(login, code, cycleId, levels.getOrDefault(code, i -> 3 + i % 2),
                    "S12000014".equals(code));
        }
        // quad-service hears of the submissions from Kafka: wait until it shows Fife the answers.
        new FluentWait<>(fife).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .ignoring(IllegalStateException.class)
                .until(api -> {
                    try {
                        return api.get(PartnerStack.QUAD + "/quads/" + quadId + "/comparison").path("reveal")
                                .path("revealed").asBoolean();
                    } catch (java.io.IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Test
    @Order(1)
    void aPartnerReadsTheComparisonAsAHeatMapWithFlagsAndTheAgenda() throws Exception {
        browser.signIn(EDITOR);
        browser.open("/quads");
        assertThat(browser.heading()).isEqualTo("Your quads");
        browser.assertAccessible("my quads");
        assertThat(browser.find(By.id("my-quads")).getText()).contains(quadName);
        browser.clickAndLoad(browser.find(By.cssSelector("#my-quads a[href='/quads/" + quadId + "']")));

        assertThat(browser.heading()).isEqualTo(quadName);
        assertThat(browser.find(By.id("reveal-state")).getText()).startsWith("Answers are revealed.");
        assertThat(browser.driver.findElements(By.cssSelector("#partners tbody tr"))).hasSize(4);
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#comparison td.quads-cell"));
        assertThat(cells).isNotEmpty();
        // Every level is its number and its label, never only a colour.
        assertThat(cells.get(0).getText()).matches("(?s)^\\d [A-Z][a-z]+.*");
        assertThat(browser.find(By.id("level-key")).getText()).contains("6", "Excellent", "1", "Unsatisfactory");
        assertThat(browser.find(By.id("comparison")).getText()).contains("Theme D1", "D1.1", "Indicator median");
        assertThat(browser.find(By.id("comparison")).getText()).contains("Flag: 2 levels above median");
        assertThat(browser.find(By.id("flag-list")).getText()).contains("Falkirk").contains("characters of evidence");
        assertThat(browser.driver.findElements(By.cssSelector("#agenda-table tbody tr"))).isNotEmpty();
        browser.assertAccessible("quad comparison");
        // At 1,280 px the page does not scroll sideways, and the heat map's last column (Range) is in view.
        assertThat((Boolean) browser.driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;")).as("page scrolls sideways")
                .isTrue();
        assertThat((Boolean) browser.driver.executeScript("var box = document.querySelector('.quads-table-scroll');"
                + "var range = document.querySelector('#comparison thead th:last-child');"
                + "return range.textContent.trim() === 'Range'"
                + " && range.getBoundingClientRect().right <= box.getBoundingClientRect().right + 1;"))
                .as("the Range column in view").isTrue();
        browser.screenshot("partner-quad");
        scrollTo("comparison-heading");
        browser.screenshot("partner-comparison");

        // The exports come through the portal with the user's token, as files.
        for (String format : List.of("pdf", "xlsx")) {
            Object answer = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('export-" + format + "').href).then(r => done(r.status + ' '"
                    + " + r.headers.get('content-type') + ' ' + r.headers.get('content-disposition')));");
            assertThat(String.valueOf(answer)).startsWith("200 ").contains("attachment")
                    .contains("pdf".equals(format) ? "application/pdf" : "spreadsheetml");
        }
    }

    @Test
    @Order(2)
    void aPartnerReadsTheFourAnswersOfAQuestionAndCommentsAndReplies() throws Exception {
        browser.signIn(EDITOR);
        browser.open("/quads/" + quadId);
        browser.clickAndLoad(browser.find(By.cssSelector("#agenda-table tbody tr a")));
        List<WebElement> answers = browser.driver.findElements(By.cssSelector("#answers .quads-answer"));
        assertThat(answers).hasSize(4);
        assertThat(answers.get(0).getText()).contains("Level:", "Evidence", "Strengths", "Areas for improvement",
                "Next steps");

        // Nothing typed: the error summary links to the fields.
        browser.clickAndLoad(browser.find(By.id("comment-send")));
        WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("Select the council", "challenge or a question", "Enter your comment");
        assertThat(summary.findElement(By.cssSelector("a[href='#comment-text']"))).isNotNull();
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        browser.assertAccessible("question page with errors");

        String challenge = PartnerStack.fresh("Is one survey enough evidence for this level?");
        new Select(browser.find(By.id("comment-aboutCouncil"))).selectByVisibleText("Falkirk");
        browser.find(By.cssSelector("label[for='comment-kind']")).click();
        browser.find(By.id("comment-text")).sendKeys(challenge);
        browser.clickAndLoad(browser.find(By.id("comment-send")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Your comment has been posted");
        WebElement thread = browser.driver.findElements(By.cssSelector(".quads-thread")).stream()
                .filter(t -> t.getText().contains(challenge)).findFirst().orElseThrow();
        assertThat(thread.getText()).contains("Challenge about Falkirk's answer");

        String reply = PartnerStack.fresh("And the inspection report?");
        String threadId = thread.getAttribute("id").substring("thread-".length());
        browser.find(By.id("reply-" + threadId + "-text")).sendKeys(reply);
        browser.clickAndLoad(browser.find(By.id("reply-" + threadId + "-send")));
        assertThat(browser.find(By.id("thread-" + threadId)).getText()).contains(challenge, "Reply from", reply);
        browser.assertAccessible("question page");
        browser.screenshot("partner-question-comments");
        scrollTo("main-content");
        browser.screenshot("partner-question");
    }

    @Test
    @Order(3)
    void aPartnerFindsLearningPartnersTheNationalPictureAndTheTrend() throws Exception {
        browser.signIn(EDITOR);
        browser.open("/quads/" + quadId);
        browser.clickAndLoad(browser.find(By.linkText("Learning partners")));
        assertThat(browser.heading()).isEqualTo("Learning partners for Fife");
        WebElement card = browser.find(By.cssSelector(".govuk-summary-card"));
        assertThat(card.getText()).contains("Your level", "2 Weak", "Falkirk: level 5 Very good (3 higher)",
                "Strengths:");
        browser.assertAccessible("learning partners");
        browser.screenshot("partner-learning-partners");

        browser.open("/quads/" + quadId + "/national");
        assertThat(browser.heading()).isEqualTo("National picture");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#national-table tbody tr"));
        assertThat(rows).isNotEmpty();
        List<WebElement> charts = browser.driver.findElements(By.cssSelector("svg.quads-chart[role='img']"));
        if (charts.isEmpty()) {
            // Fewer than five councils graded: the counts are suppressed, and the page says so.
            assertThat(rows.get(0).getText()).contains("Suppressed");
        } else {
            assertThat(charts.get(0).findElement(By.tagName("title")).getAttribute("textContent"))
                    .contains("how many councils gave each level");
            assertThat(charts.get(0).findElement(By.tagName("desc")).getAttribute("textContent"))
                    .contains("councils");
        }
        assertThat(rows.get(0).getText()).contains("2 Weak");
        browser.assertAccessible("national picture");
        browser.screenshot("partner-national");

        browser.open("/quads/" + quadId + "/trend");
        assertThat(browser.heading()).isEqualTo("Fife: levels across cycles");
        WebElement chart = browser.find(By.cssSelector("svg.quads-chart[role='img']"));
        assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent")).contains("2 Weak");
        assertThat(browser.find(By.id("trend-table")).getText()).contains("2 Weak");
        browser.assertAccessible("trend");
        browser.screenshot("partner-trend");
    }

    @Test
    @Order(4)
    void aPartnerAgreesAnActionMovesItOnAndIsToldOfAColleaguesChange() throws Exception {
        browser.signIn(EDITOR);
        browser.open("/quads/" + quadId + "/actions");
        assertThat(browser.heading()).isEqualTo("Actions");

        String description = PartnerStack.fresh("Share the attainment tracker");
        new Select(browser.find(By.id("action-ownerCouncil"))).selectByVisibleText("Falkirk");
        browser.find(By.id("action-due-day")).sendKeys("31");
        browser.find(By.id("action-due-month")).sendKeys("13");
        browser.find(By.id("action-due-year")).sendKeys(String.valueOf(LocalDate.now().getYear() + 1));
        browser.clickAndLoad(browser.find(By.id("action-save")));
        WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter what is to be done", "must be a real date");
        assertThat(summary.findElement(By.cssSelector("a[href='#action-due-day']"))).isNotNull();
        browser.assertAccessible("actions with errors");

        browser.find(By.id("action-description")).sendKeys(description);
        browser.find(By.id("action-questionCodes")).sendKeys("D1.1.1");
        WebElement month = browser.find(By.id("action-due-month"));
        month.clear();
        month.sendKeys("1");
        browser.clickAndLoad(browser.find(By.id("action-save")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("The action has been agreed");
        WebElement card = action(description);
        String actionId = card.getAttribute("id").substring("action-".length());
        assertThat(card.getText()).contains("Falkirk", "Open", "D1.1.1");

        new Select(browser.find(By.id("status-" + actionId + "-status"))).selectByVisibleText("In progress");
        browser.clickAndLoad(browser.find(By.id("status-" + actionId + "-save")));
        assertThat(browser.find(By.id("action-" + actionId + "-status")).getText()).isEqualTo("In progress");

        // A colleague marks it done meanwhile: the change made on the stale page is refused and explained.
        PartnerStack falkirk = new PartnerStack("falkirk");
        String url = PartnerStack.QUAD + "/quads/" + quadId + "/actions/" + actionId;
        JsonNode current = falkirk.get(url);
        falkirk.send("PATCH", url, current.get("version").asText(), Map.of("status", "done"), 200);
        new Select(browser.find(By.id("status-" + actionId + "-status"))).selectByVisibleText("Dropped");
        browser.find(By.id("status-" + actionId + "-reason")).sendKeys("Replaced by the national tracker");
        browser.clickAndLoad(browser.find(By.id("status-" + actionId + "-save")));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Someone else changed this action");
        assertThat(browser.find(By.id("action-" + actionId + "-status")).getText()).isEqualTo("Done");
        browser.assertAccessible("actions with a stale change");
        browser.screenshot("partner-actions-stale");

        // An action past its due date is listed as overdue.
        String late = PartnerStack.fresh("Send the moderation notes");
        new PartnerStack(EDITOR).send("POST", PartnerStack.QUAD + "/quads/" + quadId + "/actions", null,
                Map.of("ownerCouncil", FIFE, "description", late, "dueDate", LocalDate.now().minusDays(3).toString()),
                201);
        browser.open("/quads/" + quadId + "/actions");
        assertThat(browser.find(By.id("overdue-table")).getText()).contains(late);
        browser.assertAccessible("actions");
        browser.screenshot("partner-actions");
    }

    @Test
    @Order(5)
    void aPartnerSchedulesASessionFromTheDivergenceAgenda() throws Exception {
        browser.signIn(EDITOR);
        browser.open("/quads/" + quadId + "/sessions");
        assertThat(browser.heading()).isEqualTo("Sessions");
        List<WebElement> ticked = browser.driver.findElements(By.cssSelector("#session-agenda-options input:checked"));
        assertThat(ticked).isNotEmpty();
        String firstOnAgenda = ticked.get(0).getAttribute("value");
        String where = PartnerStack.fresh("Perth, and online");
        LocalDate day = LocalDate.now().plusDays(10);
        browser.find(By.id("session-starts-day")).sendKeys(String.valueOf(day.getDayOfMonth()));
        browser.find(By.id("session-starts-month")).sendKeys(String.valueOf(day.getMonthValue()));
        browser.find(By.id("session-starts-year")).sendKeys(String.valueOf(day.getYear()));
        browser.find(By.id("session-starts-time")).sendKeys("10:00");
        browser.find(By.id("session-location")).sendKeys(where);
        browser.assertAccessible("sessions");
        browser.clickAndLoad(browser.find(By.id("session-save")));

        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("The session has been scheduled");
        assertThat(browser.heading()).startsWith("Session on");
        assertThat(browser.find(By.id("session-details")).getText()).contains(where);
        assertThat(browser.find(By.id("session-agenda")).getText()).contains(firstOnAgenda);

        // Notes wait until the session has started: the service's refusal reaches the user as an error summary.
        browser.find(By.id("session-notes")).sendKeys("Agreed to share trackers.");
        browser.clickAndLoad(browser.find(By.id("session-notes-save")));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("not started");
        browser.assertAccessible("session");
        browser.screenshot("partner-session");
    }

    @Test
    @Order(6)
    void aCouncilOutsideTheQuadIsToldItCannotSeeItsPages() throws Exception {
        browser.signIn("north-lanarkshire");
        for (String page : List.of("", "/questions/D1.1.1", "/actions", "/national")) {
            browser.open("/quads/" + quadId + page);
            assertThat(browser.heading()).as(page).isEqualTo("You cannot see this page");
        }
        browser.assertAccessible("a quad page refused");
    }

    private void scrollTo(String id) {
        browser.driver.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    private WebElement action(String description) {
        return browser.driver.findElements(By.cssSelector(".govuk-summary-card")).stream()
                .filter(card -> card.getText().contains(description)).findFirst()
                .orElseThrow(() -> new AssertionError("No action " + description + " on the page"));
    }
}
