package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.control.ActivateRequestContext;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.RawString;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import scot.quads.portal.client.ItemWords;
import scot.quads.portal.client.QuadAdminApi;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.LearningPartners;
import scot.quads.portal.client.QuadApi.LevelCount;
import scot.quads.portal.client.QuadApi.NationalPicture;
import scot.quads.portal.client.QuadApi.NationalQuestion;
import scot.quads.portal.client.QuadApi.Partner;
import scot.quads.portal.client.QuadApi.QuestionPartners;
import scot.quads.portal.client.QuadApi.Trend;
import scot.quads.portal.client.QuadApi.TrendCycle;
import scot.quads.portal.client.QuadApi.TrendPoint;
import scot.quads.portal.client.QuadApi.TrendQuestion;
import scot.quads.portal.client.RubricAdminApi.AdminCycle;

/**
 * The partner and ADES pages word what they compare by the cycle's grain: in a version graded per quality indicator
 * each row, agenda item, learning partner, national figure and trend line is a quality indicator, never called a
 * question; in a version graded per question they still say question. The indicator's page shows each member's
 * answers to its questions (words, no level) beside the indicator's level.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class GradedPerIndicatorPartnerPagesTest {

    @Test
    @ActivateRequestContext
    void theSideBySideHeatMapAndAgendaOfAVersionGradedPerIndicatorNameQualityIndicators() {
        Comparison comparison = PartnerFixtures.revealedPerIndicator();
        String html = QuadPages.Templates.quad(comparison, HeatMap.of(comparison), List.of()).render();

        assertThat(html).contains("id=\"graded-per-indicator\"", "Select a quality indicator to read the members' answers",
                "Each council's level for each quality indicator, grouped by theme, with",
                "<th scope=\"col\" class=\"govuk-table__header\">Quality indicator</th>",
                "The quality indicators where the quad's levels differ most",
                "Quality indicators by how far the levels diverge",
                "href=\"/quads/" + PartnerFixtures.QUAD + "/questions/A1\">A1</a> Raising attainment",
                "Theme A: Outcomes for learners")
                // The indicator is its own row: no heading row repeats it above itself.
                .doesNotContain("Indicator median")
                .doesNotContain(">Question</th>")
                .doesNotContain("Select a question");
    }

    @Test
    @ActivateRequestContext
    void theSideBySideOfAVersionGradedPerQuestionStillNamesQuestionsUnderTheirIndicators() {
        Comparison comparison = PartnerFixtures.revealed();
        String html = QuadPages.Templates.quad(comparison, HeatMap.of(comparison), List.of()).render();

        assertThat(html).contains("Select a question to read the members' answers",
                "<th scope=\"col\" class=\"govuk-table__header\">Question</th>",
                "The questions where the quad's levels differ most", "Indicator median 3.5",
                "grouped by theme and quality indicator")
                .doesNotContain("id=\"graded-per-indicator\"").doesNotContain(">Quality indicator</th>");
    }

    @Test
    @ActivateRequestContext
    void anIndicatorsPageShowsEachMembersLevelBesideTheirWordsForItsQuestions() {
        Comparison comparison = PartnerFixtures.revealedPerIndicator();
        var indicator = comparison.questions().get(0);
        List<QuadPages.AnswerColumn> columns = comparison.members().stream()
                .map(member -> new QuadPages.AnswerColumn(member, indicator.answers().stream()
                        .filter(a -> a.councilCode().equals(member.code())).findFirst().orElseThrow(),
                        "4 Good", "quads-level-4", List.of()))
                .toList();
        String html = QuadPages.Templates.question(comparison, indicator, columns, List.of(),
                comparison.members().subList(1, 4), true, null, null, QuadPages.CommentAttempt.NONE).render();

        assertThat(html).contains("theme A Outcomes for learners, quality indicator graded as a whole",
                "<h1 class=\"govuk-heading-l\">A1 Raising attainment</h1>", "Falkirk moderates every writing sample",
                "Answers to the indicator's questions", "id=\"prompts-S12000014\"",
                "A1-1 How do you know attainment is improving?", "S12000014 answers the prompt",
                "No one has commented on this quality indicator yet.")
                .doesNotContain("this question");
    }

    @Test
    @ActivateRequestContext
    void learningPartnersAndTheNationalPictureSayQualityIndicatorInAVersionGradedPerIndicator() {
        Comparison perIndicator = PartnerFixtures.revealedPerIndicator();
        Comparison perQuestion = PartnerFixtures.revealed();
        LearningPartners none = new LearningPartners(PartnerFixtures.QUAD, perIndicator.cycle().id(), "S12000047",
                true, "all-submitted", null, true, List.of());
        assertThat(QuadInsightPages.Templates.learningPartners(perIndicator, perIndicator.members().get(0), none)
                .render()).contains("For each quality indicator where a partner",
                        "No partner is two or more levels higher than Fife on any quality indicator.");
        assertThat(QuadInsightPages.Templates.learningPartners(perQuestion, perQuestion.members().get(0), none)
                .render()).contains("For each question where a partner", "on any question.");

        LearningPartners some = new LearningPartners(PartnerFixtures.QUAD, perIndicator.cycle().id(), "S12000047",
                true, "all-submitted", null, true, List.of(new QuestionPartners("A1", "A", "A1", "Raising attainment",
                        2, "Weak", "Moderate writing", List.of(new Partner("S12000014", "Falkirk", 4, "Good", 2,
                                "Every writing sample moderated")))));
        assertThat(QuadInsightPages.Templates.learningPartners(perIndicator, perIndicator.members().get(0), some)
                .render()).contains("A1</a> Raising attainment", "Falkirk: level 4 Good (2 higher)",
                        "Strengths: Every writing sample moderated");

        NationalQuestion a1 = new NationalQuestion("A1", "A", "A1", "Raising attainment", 12, 0, false, null,
                List.of(new LevelCount(4, "Good", 5), new LevelCount(3, "Satisfactory", 4),
                        new LevelCount(2, "Weak", 3)), 3.0, 2, false, 3.5);
        NationalPicture picture = new NationalPicture(perIndicator.cycle().id(), "2026-27", "S12000047",
                PartnerFixtures.QUAD, true, 5, 12, List.of(a1));
        List<LevelCount> scale = List.of(new LevelCount(4, "Good", 0), new LevelCount(3, "Satisfactory", 0),
                new LevelCount(2, "Weak", 0));
        List<QuadInsightPages.NationalRow> rows = List.of(new QuadInsightPages.NationalRow(a1, null,
                List.of("5", "4", "3"), "2 Weak"));
        assertThat(QuadInsightPages.Templates.national(perIndicator, perIndicator.members().get(0), picture, scale,
                rows).render()).contains("each level, quality indicator by quality indicator",
                        "fewer than 5 councils gave a level to a quality indicator",
                        "<th scope=\"col\" class=\"govuk-table__header\">Quality indicator</th>", "A1 Raising attainment")
                        .doesNotContain("question by question");
        assertThat(QuadInsightPages.Templates.national(perQuestion, perQuestion.members().get(0), picture, scale,
                rows).render()).contains("each level, question by question",
                        "<th scope=\"col\" class=\"govuk-table__header\">Question</th>");
    }

    @Test
    @ActivateRequestContext
    void theTrendSaysAnIndicatorGradedQuestionByQuestionBeforeIsNotComparable() {
        Comparison comparison = PartnerFixtures.revealedPerIndicator();
        UUID earlier = UUID.randomUUID();
        UUID now = comparison.cycle().id();
        Trend trend = new Trend("S12000047", List.of(
                new TrendCycle(earlier, "2025-26", LocalDate.of(2026, 1, 21), UUID.randomUUID(), "2025-26"),
                new TrendCycle(now, "2026-27", LocalDate.of(2027, 1, 21), comparison.cycle().rubricVersionId(),
                        "2026-27")),
                List.of(new TrendQuestion("A1", "A", "A1", "Raising attainment", List.of(
                        new TrendPoint(earlier, false, null, false, null, null, false,
                                "Not comparable: graded question by question then"),
                        new TrendPoint(now, true, "A1", true, 2, "Weak", false, null)))));
        List<QuadInsightPages.TrendRow> rows = List.of(new QuadInsightPages.TrendRow(trend.questions().get(0),
                new RawString("<svg></svg>"), List.of("Not comparable: graded question by question then", "2 Weak")));

        String html = QuadInsightPages.Templates.trend(comparison, comparison.members().get(0), trend, rows,
                ItemWords.INDICATORS).render();
        assertThat(html).contains("Each quality indicator's level, judged as a whole, in every cycle Fife",
                "graded question by question in an earlier year, is not comparable",
                "<th scope=\"col\" class=\"govuk-table__header\">Quality indicator</th>",
                "Not comparable: graded question by question then", "2 Weak")
                .doesNotContain("Each question's level");

        String perQuestion = QuadInsightPages.Templates.trend(comparison, comparison.members().get(0), trend, rows,
                ItemWords.QUESTIONS).render();
        assertThat(perQuestion).contains("Each question's level in every cycle Fife",
                "<th scope=\"col\" class=\"govuk-table__header\">Question</th>");
    }

    @Test
    @ActivateRequestContext
    void adesNationalPictureNamesWhatTheCycleGrades() {
        AdminCycle cycle = new AdminCycle(UUID.randomUUID(), "2026-27", UUID.randomUUID(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 1, 21), null, "all-submitted-or-deadline", List.of(14), "open",
                OffsetDateTime.parse("2026-09-01T09:00:00Z"), "ades", 1);
        QuadAdminApi.National national = new QuadAdminApi.National(cycle.id(), "2026-27", null, 5, 12, List.of(
                new QuadAdminApi.NationalQuestion("A1", "A", "A1", "Raising attainment", 12, 0, false, null,
                        List.of(new QuadAdminApi.LevelCount(4, "Good", 12)), 4.0)));

        String perIndicator = AdesPages.Templates.national(cycle, national, List.of(), ItemWords.INDICATORS)
                .render();
        assertThat(perIndicator).contains("How many councils gave each level to each quality indicator",
                "A quality indicator fewer than 5 councils graded is suppressed",
                "<th scope=\"col\" class=\"govuk-table__header\">Quality indicator</th>")
                .doesNotContain("each question");
        String perQuestion = AdesPages.Templates.national(cycle, national, List.of(), ItemWords.QUESTIONS).render();
        assertThat(perQuestion).contains("How many councils gave each level to each question",
                "A question fewer than 5 councils graded is suppressed");
    }
}
