package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.control.ActivateRequestContext;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.LevelCount;
import scot.quads.portal.client.QuadApi.NationalPicture;
import scot.quads.portal.client.QuadApi.NationalQuestion;
import scot.quads.portal.client.ServiceProblem;

/**
 * The partner pages as rendered: before the reveal only who has submitted, after it the heat map with levels as
 * number and label, a key, flags in words and the agenda; suppressed national counts said so; a service's refusal
 * of a comment put in an error summary linked to its field.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PartnerTemplatesTest {

    @Test
    @ActivateRequestContext
    void beforeTheRevealTheQuadPageShowsWhoHasSubmittedAndNoLevel() {
        Comparison hidden = PartnerFixtures.hidden();
        String html = QuadPages.Templates.quad(hidden, HeatMap.of(hidden), List.of()).render();

        assertThat(html).contains("Answers are not revealed yet.", "Not submitted", "Submitted",
                "No levels or words are shown until the answers are revealed")
                .doesNotContain("id=\"comparison\"").doesNotContain("Very good").doesNotContain("export-pdf");
        // The service's explanation ends without a full stop, and the reveal falls at midnight.
        assertThat(html).contains("3 of 4 have submitted. They will be shown on 22 January 2027 at midnight at the"
                + " latest.").doesNotContain("12:00am");
    }

    @Test
    @ActivateRequestContext
    void afterTheRevealTheHeatMapShowsLevelsAsNumberAndLabelWithAKeyFlagsAndTheAgenda() {
        Comparison revealed = PartnerFixtures.revealed();
        String html = QuadPages.Templates.quad(revealed, HeatMap.of(revealed), List.of()).render();

        assertThat(html).contains("id=\"comparison\"", "id=\"level-key\"", "5 Very good", "1 Unsatisfactory",
                "quads-level-5", "Flag: 2 levels above median", "Flag: Thin evidence (7 characters)",
                "Theme 1: Outcomes", "Theme 2: Needs &lt;met&gt;", "Indicator median 3.5", "Not applicable",
                "id=\"agenda-table\"", "Falkirk, Dumfries and Galloway",
                "href=\"/quads/" + PartnerFixtures.QUAD + "/questions/1.1.1\"",
                "/quads/" + PartnerFixtures.QUAD + "/export?format=xlsx");
        // The flags in words, each naming the council and linking to the item's page.
        assertThat(html).contains("<li><a class=\"govuk-link\" href=\"/quads/" + PartnerFixtures.QUAD
                + "/questions/1.1.1\">1.1.1</a>: Falkirk gave level 5, 2 above the median of 3</li>",
                "1.1.1</a>: Dumfries and Galloway gave level 1, 2 below the median of 3</li>",
                "1.1.1</a>: Falkirk gave level 5 Very good with 7 characters of evidence</li>");
    }

    @Test
    @ActivateRequestContext
    void theHeatMapScrollsInItsOwnBoxWithStickyHeadingsAndSaysRangeForTheSameFigureEverywhere() {
        Comparison revealed = PartnerFixtures.revealed();
        String html = QuadPages.Templates.quad(revealed, HeatMap.of(revealed), List.of()).render();

        // A class GOV.UK Frontend does not have left the page scrolling sideways; the box is the portal's own.
        assertThat(html).doesNotContain("govuk-!-overflow")
                .contains("class=\"quads-table-scroll quads-table-scroll--sticky\" tabindex=\"0\" role=\"region\"");
        // One word for highest minus lowest: the heat map's column and the agenda's.
        assertThat(html).contains(">Range</th>").doesNotContain(">Spread</th>");
        assertThat(html.split(">Range</th>", -1)).hasSize(3);
    }

    @Test
    void theHeatMapsColoursAreThePdfReportsScale() throws Exception {
        String css = new String(getClass().getResourceAsStream("/META-INF/resources/static/quads-partner.css")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        // quad-service's ComparisonPdf.SHADES, levels 1 to 6.
        String[] pdf = { "#f4a59c", "#f8c49a", "#fbe39b", "#e2eea4", "#b9dfa6", "#8fcf9c" };
        for (int level = 1; level <= 6; level++) {
            assertThat(css).contains(".quads-level-" + level + " { background-color: " + pdf[level - 1] + "; }");
        }
        assertThat(css).contains("position: sticky");
    }

    @Test
    @ActivateRequestContext
    void suppressedNationalCountsAreShownAsSuppressedNotAsZeroes() {
        Comparison revealed = PartnerFixtures.revealed();
        NationalQuestion suppressed = new NationalQuestion("1.1.1", "1", "QI 1.1", "Attainment?", 4, 0, true,
                "Fewer than 5 councils gave a level (4), so no distribution is shown", null, null, 2, false, 3.0);
        NationalPicture picture = new NationalPicture(revealed.cycle().id(), "2026-27", "S12000047",
                PartnerFixtures.QUAD, true, 5, 4, List.of(suppressed));
        List<LevelCount> scale = List.of(new LevelCount(2, "Weak", 0), new LevelCount(1, "Unsatisfactory", 0));
        String html = QuadInsightPages.Templates.national(revealed, revealed.members().get(0), picture, scale,
                List.of(new QuadInsightPages.NationalRow(suppressed, null, List.of(), "2 Weak"))).render();

        assertThat(html).contains("Suppressed: 4 councils gave a level, fewer than 5",
                "<strong>Suppressed:</strong> Fewer than 5 councils", "colspan=\"2\"", "2 Weak")
                .doesNotContain("<svg");
    }

    @Test
    @ActivateRequestContext
    void aRefusedCommentIsListedInTheErrorSummaryAndBesideItsField() {
        Comparison revealed = PartnerFixtures.revealed();
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        QuadPages.problemInto(new ServiceProblem(409, "Conflict", "The answer to 1.1.1 is not shown to you",
                null, null), errors, "text");
        QuadPages.CommentAttempt attempt = new QuadPages.CommentAttempt(true, null, "S12000014", "challenge",
                "Is one survey enough?", errors);
        String html = QuadPages.Templates.question(revealed, revealed.questions().get(0), List.of(), List.of(),
                revealed.members().subList(1, 4), true, null, QuadPages.summary(errors, "comment-"), attempt).render();

        assertThat(html).contains("govuk-error-summary", "<a href=\"#comment-text\">The answer to 1.1.1 is not"
                + " shown to you</a>", "id=\"comment-text-error\"", "Is one survey enough?</textarea>",
                "<option value=\"S12000014\" selected>");
    }

    @Test
    void aForbiddenRefusalSaysTheUserCannotDoIt() {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        QuadPages.problemInto(new ServiceProblem(403, "Forbidden", "Viewers cannot comment", null, null), errors,
                "text");

        assertThat(errors).containsEntry("text", "You cannot do this: Viewers cannot comment");
    }

    @Test
    void aServicesFieldErrorIsNamedByOurField() {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        QuadPages.problemInto(new ServiceProblem(400, "Invalid request", "Some fields are not valid",
                List.of(new ServiceProblem.FieldError("comment.form.text", "size must be between 1 and 5000")), null),
                errors, "aboutCouncil");

        assertThat(errors).containsOnlyKeys("text");
        assertThat(QuadPages.summary(errors, "reply-" + UUID.nameUUIDFromBytes(new byte[0]) + "-").items().get(0)
                .href()).endsWith("-text");
    }

    @Test
    @ActivateRequestContext
    void anIndicatorGradedAsAWholeShowsEachMembersAnswersToItsQuestionsBesideItsLevel() {
        Comparison revealed = PartnerFixtures.revealed();
        scot.quads.portal.client.QuadApi.MemberAnswer answer = new scot.quads.portal.client.QuadApi.MemberAnswer(
                "S12000006", true, 4, "Good", false, null, "Whole evidence", null, null, null, List.of(
                        new scot.quads.portal.client.QuadApi.PromptAnswer("A1-1", "How do you know?",
                                "Tracking in 9 of 12 schools", null, null, null)));
        QuadPages.AnswerColumn column = new QuadPages.AnswerColumn(revealed.members().get(0), answer, "4 Good",
                "quads-level-4", List.of());
        String html = QuadPages.Templates.question(revealed, revealed.questions().get(0), List.of(column), List.of(),
                List.of(), false, null, null, QuadPages.CommentAttempt.NONE).render();

        assertThat(html).contains("Answers to the indicator's questions", "id=\"prompts-" + revealed.members().get(0).code() + "\"",
                "A1-1 How do you know?", "Tracking in 9 of 12 schools");
        String plain = QuadPages.Templates.question(revealed, revealed.questions().get(0), List.of(
                new QuadPages.AnswerColumn(revealed.members().get(0), revealed.questions().get(0).answers().get(0),
                        "1 Unsatisfactory", "quads-level-1", List.of())), List.of(), List.of(), false, null, null,
                QuadPages.CommentAttempt.NONE).render();
        assertThat(plain).doesNotContain("Answers to the indicator");
    }
}
