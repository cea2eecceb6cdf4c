package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The council editor's journeys in a real headless Chromium against the running local stack (./quads up with its
 * demo data): ADES lands on the cycles overview; a Glasgow editor answers a question (autosaved), meets a
 * colleague's change to the same answer, checks the answers, submits, sees the quad page, and recalls; carries
 * answers forward from an earlier cycle and confirms them; switches cycle; downloads and reads the history; and
 * sees a new notification arrive without reloading. axe-core finds no WCAG 2.2 AA violation on any page visited.
 * The journeys name the demo cycle (another test may briefly open a cycle of its own).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CouncilJourneyIT extends BrowserJourney {

    static final String EDITOR = "glasgow-city";
    static final String GLASGOW = "S12000049";

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

        // The demo cycle's quads by its id: another test may briefly have a newer cycle open.
        browser.open("/ades/cycles/" + new CouncilStack("ades").demoCycleId() + "/quads");
        assertThat(browser.heading()).startsWith("Quads in");
        browser.assertAccessible("ADES quads of a cycle");
        browser.clickAndLoad(browser.find(By.cssSelector("main h2 a")));
        browser.find(By.id("reveal-state"));
        browser.assertAccessible("ADES quad page");
    }

    @Test
    @Order(2)
    void aCouncilEditorAnswersChecksSubmitsAndRecalls() throws Exception {
        StackApi api = new StackApi(EDITOR);
        String cycleId = new CouncilStack(EDITOR).demoCycleId();
        String evaluationUrl = StackApi.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + GLASGOW;
        JsonNode evaluation = recalledIfSubmitted(api, evaluationUrl);
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
        browser.open("/council?cycle=" + cycleId);
        assertThat(browser.find(By.cssSelector(".govuk-caption-l")).getText())
                .isEqualTo("Self-evaluation " + CouncilStack.demoCycleName());
        assertThat(browser.find(By.id("evaluation-status")).getText()).isEqualTo("In progress");
        browser.assertAccessible("council dashboard");
        browser.screenshot("council-dashboard");

        browser.clickAndLoad(browser.find(By.id("continue")));
        assertThat(browser.heading()).startsWith("Self-evaluation");
        browser.assertAccessible("task list");
        browser.screenshot("council-task-list");

        browser.clickAndLoad(browser.find(By.cssSelector(".govuk-task-list__link")));
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
        browser.clickAndLoad(browser.find(By.id(qid + "-save")));
        WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("Someone else changed this answer");
        assertThat(browser.find(By.cssSelector("#" + qid + " .govuk-warning-text")).getText())
                .contains("A colleague's evidence");
        browser.assertAccessible("indicator page with a stale answer");
        browser.screenshot("council-stale-answer");
        browser.clickAndLoad(browser.find(By.id(qid + "-save")));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Your answer to " + firstQuestion + " has been saved");
        // The full-page save leaves focus on the banner that says so, not at the top of the page.
        assertThat(browser.driver.executeScript("return document.activeElement.id")).isEqualTo("answer-saved");
        assertThat(browser.driver.getCurrentUrl()).endsWith("#answer-saved");
        assertThat(api.get(evaluationUrl).get("questions").get(0).get("answer").get("level").asInt()).isEqualTo(4);

        browser.open("/council/cycles/" + cycleId + "/check");
        assertThat(browser.heading()).isEqualTo("Check your answers before submitting");
        browser.assertAccessible("check your answers");
        browser.screenshot("council-check-answers");
        browser.clickAndLoad(browser.find(By.id("submit")));
        assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Self-evaluation submitted");
        browser.assertAccessible("submitted");
        browser.screenshot("council-submitted");
        assertThat(api.get(evaluationUrl).get("state").asText()).isEqualTo("submitted");

        browser.open("/council");
        assertThat(browser.find(By.id("evaluation-status")).getText()).startsWith("Submitted");
        WebElement quadLink = browser.find(By.cssSelector("a[href^='/quads/']"));
        browser.clickAndLoad(quadLink);
        browser.find(By.id("reveal-state"));
        browser.assertAccessible("quad page");
        browser.screenshot("quad");

        browser.open("/notifications");
        browser.assertAccessible("notifications");

        browser.open("/council/cycles/" + cycleId + "/check");
        browser.clickAndLoad(browser.find(By.id("recall")));
        browser.find(By.id("submit"));
        assertThat(api.get(evaluationUrl).get("state").asText()).isNotEqualTo("submitted");
    }

    @Test
    @Order(3)
    void anAnswerTheServiceRefusesIsShownInAnErrorSummaryLinkedToItsField() throws Exception {
        String cycleId = new CouncilStack(EDITOR).demoCycleId();
        // Whatever the journey before left behind: a submitted evaluation cannot be saved to.
        recalledIfSubmitted(new StackApi(EDITOR), StackApi.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + GLASGOW);
        browser.signIn(EDITOR);
        browser.open("/council/cycles/" + cycleId);
        browser.clickAndLoad(browser.find(By.cssSelector(".govuk-task-list__link")));
        WebElement form = browser.find(By.cssSelector("form.quads-answer"));
        String qid = form.getAttribute("id");
        browser.driver.executeScript("arguments[0].value = 'x'.repeat(10001);",
                browser.find(By.id(qid + "-strengths")));
        browser.driver.executeScript("document.querySelectorAll('form.quads-answer').forEach(f => f.dataset.stale = 'true');");
        browser.clickAndLoad(browser.find(By.id(qid + "-save")));
        WebElement link = browser.find(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(link.getAttribute("href")).endsWith("#" + qid + "-strengths");
        browser.assertAccessible("indicator page with an error");
        browser.screenshot("council-error-summary");
    }

    @Test
    @Order(4)
    void anEditorCarriesLastYearsAnswersForwardConfirmsThemAndSeesANewNotificationArriveLive() throws Exception {
        CouncilStack ades = new CouncilStack("ades");
        CouncilStack editor = new CouncilStack(EDITOR);
        String demoCycle = editor.demoCycleId();
        String earlier = earlierCycleWithGlasgowSubmitted(ades, editor);

        browser.signIn(EDITOR);
        browser.open("/council?cycle=" + demoCycle);
        WebElement badge = browser.find(By.id("unread-count"));
        assertThat(badge.getAttribute("data-count")).as("the unread count in the header").isNotBlank();
        int before = Integer.parseInt(badge.getAttribute("data-count"));
        assertThat(browser.find(By.id("notifications-link")).getAttribute("textContent"))
                .contains("(" + before + " unread)");

        // A cycle opened now is this run's own, with nothing answered yet: it tells every council (live, without
        // reloading the page), and Glasgow can fill it from 2025-26. It is closed again whatever happens.
        String name = "Carry-forward check " + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm:ss"));
        String target = ades.openCycle(name, LocalDate.of(2025, 9, 2)).get("id").asText();
        try {
            browser.wait.until(d -> Integer.parseInt(d.findElement(By.id("unread-count"))
                    .getAttribute("data-count")) > before);
            assertThat(browser.find(By.id("notification-announcer")).getAttribute("textContent"))
                    .startsWith("New notification:");
            assertThat(browser.find(By.id("notification-list")).getText()).contains(name);
            browser.assertAccessible("dashboard after a live notification");
            browser.screenshot("council-live-notification");

            browser.open("/council?cycle=" + target);
            assertThat(browser.find(By.cssSelector(".govuk-caption-l")).getText()).isEqualTo("Self-evaluation " + name);
            WebElement offer = browser.find(By.id("carry-forward"));
            assertThat(offer.getText()).isEqualTo("Carry forward answers from " + CouncilStack.EARLIER);
            browser.assertAccessible("dashboard offering carry forward");
            browser.screenshot("council-carry-forward-offer");
            browser.clickAndLoad(offer);
            assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                    .contains("answers were carried forward");
            assertThat(browser.heading()).isEqualTo("Self-evaluation " + name);
            assertThat(browser.find(By.id("carried-warning")).getText()).contains("carried forward");
            browser.assertAccessible("task list after carrying forward");
            browser.screenshot("council-task-list-carried");

            browser.clickAndLoad(browser.find(By.cssSelector(".govuk-task-list__link")));
            WebElement carried = browser.find(By.cssSelector(".quads-carried"));
            assertThat(carried.getText()).contains("Carried forward from").contains(CouncilStack.EARLIER);
            // Beside each question, what Glasgow said to it last cycle (the demo data's levels, or 3 everywhere
            // when this journey submitted it).
            assertThat(browser.find(By.cssSelector(".quads-last-cycle")).getText())
                    .contains("Last cycle (" + CouncilStack.EARLIER + ")").containsPattern("level [1-6]");
            browser.assertAccessible("indicator page with carried answers");
            browser.screenshot("council-indicator-carried");
            WebElement confirm = browser.find(By.cssSelector(".quads-confirm"));
            String question = confirm.findElement(By.xpath("ancestor::form")).getAttribute("data-question");
            browser.clickAndLoad(confirm);
            assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                    .contains("Your answer to " + question + " is confirmed");
            JsonNode confirmed = answerOf(editor.get(editor.evaluationUrl(target)), question);
            assertThat(confirmed.get("carriedForward").asBoolean()).isFalse();
            assertThat(confirmed.get("level").asInt())
                    .isEqualTo(answerOf(editor.get(editor.evaluationUrl(earlier)), question).get("level").asInt());

            browser.open("/council/cycles/" + target + "/check");
            // Said before Submit is pressed: what still blocks, and no longer the answer just confirmed.
            assertThat(browser.find(By.id("readiness")).getText()).contains("still stop you submitting");
            assertThat(browser.find(By.id("blockers")).getText())
                    .doesNotContain("Question " + question + " was carried forward");
            browser.clickAndLoad(browser.find(By.id("submit")));
            WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
            assertThat(summary.getText()).contains("still need an answer (or a confirmation)")
                    .contains("was carried forward from the previous cycle: confirm it or change it");
            browser.assertAccessible("check your answers with unconfirmed answers");
            browser.screenshot("council-submit-blocked");
            assertThat(editor.get(editor.evaluationUrl(target)).get("state").asText()).isNotEqualTo("submitted");

            browser.open("/council/cycles/" + target + "/history");
            String history = browser.find(By.id("history")).getText();
            assertThat(history).contains("Carried answers forward from " + CouncilStack.EARLIER)
                    .contains("Confirmed the answer carried forward").contains(question);
            browser.assertAccessible("history of changes");
            browser.screenshot("council-history");

            // Files for committee papers, named for the council and the cycle (the time's colons become dashes).
            String fileName = "Glasgow City - self-evaluation " + name.replace(':', '-');
            assertThat(download("/council/cycles/" + target + "/export?format=pdf"))
                    .startsWith("200 application/pdf").contains("attachment")
                    .contains("filename=\"" + fileName + ".pdf\"")
                    .contains("filename*=UTF-8''Glasgow%20City%20%E2%80%93%20self-evaluation%20");
            assertThat(download("/council/cycles/" + target + "/export?format=xlsx"))
                    .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .contains("filename=\"" + fileName + ".xlsx\"");
        } finally {
            ades.moveCycle(target, "closed");
        }

        // The chooser lists the cycles Glasgow took part in; the earlier one shows its submission.
        browser.open("/council?cycle=" + demoCycle);
        new Select(browser.find(By.id("cycle"))).selectByValue(earlier);
        browser.assertAccessible("dashboard with the cycle chooser");
        browser.screenshot("council-cycle-chooser");
        browser.clickAndLoad(browser.find(By.id("choose-cycle")));
        assertThat(browser.find(By.cssSelector(".govuk-caption-l")).getText())
                .isEqualTo("Self-evaluation " + CouncilStack.EARLIER);
        assertThat(browser.find(By.id("evaluation-status")).getText()).startsWith("Submitted");
        assertThat(browser.driver.getCurrentUrl()).contains("cycle=" + earlier);

        // Mark as read is a form: it works without JavaScript and comes back to the same page.
        browser.open("/council?cycle=" + demoCycle);
        WebElement unread = browser.find(By.cssSelector("#notification-list li.quads-notification--unread"));
        String id = unread.getAttribute("data-id");
        browser.clickAndLoad(unread.findElement(By.cssSelector("button")));
        browser.wait.until(ExpectedConditions.urlContains("cycle=" + demoCycle));
        assertThat(browser.find(By.cssSelector("#notification-list li[data-id='" + id + "']"))
                .getAttribute("class")).doesNotContain("quads-notification--unread");
        browser.open("/notifications");
        browser.assertAccessible("notifications");
        browser.screenshot("council-notifications");
    }

    /** Glasgow's evaluation at that URL, recalled first if it was submitted, so that it can be answered again. */
    private static JsonNode recalledIfSubmitted(StackApi api, String evaluationUrl) throws Exception {
        JsonNode evaluation = api.get(evaluationUrl);
        if ("submitted".equals(evaluation.get("state").asText())) {
            api.post(evaluationUrl + "/recall");
            evaluation = api.get(evaluationUrl);
        }
        return evaluation;
    }

    /** The earlier cycle, made once: Glasgow's answers submitted there and the cycle closed again. */
    private static String earlierCycleWithGlasgowSubmitted(CouncilStack ades, CouncilStack editor) throws Exception {
        JsonNode earlier = ades.cycleNamed(CouncilStack.EARLIER);
        if (earlier == null) {
            earlier = ades.openCycle(CouncilStack.EARLIER, LocalDate.of(2025, 9, 1));
        }
        String id = earlier.get("id").asText();
        if (!"submitted".equals(editor.get(editor.evaluationUrl(id)).get("state").asText())) {
            try {
                ades.moveCycle(id, "open");
                editor.answerEverything(id, 3, "Last year's evidence for");
                editor.post(editor.evaluationUrl(id) + "/submit");
            } finally {
                ades.moveCycle(id, "closed");
            }
        }
        ades.moveCycle(id, "closed");
        return id;
    }

    private static JsonNode answerOf(JsonNode evaluation, String question) {
        for (JsonNode q : evaluation.get("questions")) {
            if (q.get("code").asText().equals(question)) {
                return q.get("answer");
            }
        }
        throw new AssertionError("No question " + question);
    }

    /** Fetches a download with the browser's own session: status, type and Content-Disposition. */
    private String download(String path) {
        Object result = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin' }).then(function (r) { return r.arrayBuffer()"
                + ".then(function (b) { done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + b.byteLength"
                + " + ' ' + r.headers.get('Content-Disposition')); }); }).catch(function (e) { done('failed ' + e); });",
                path);
        return String.valueOf(result);
    }

    private static Map<String, Object> answerBody(Integer level, String evidence) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", level);
        body.put("evidence", evidence);
        return body;
    }
}
