package scot.quads.quad.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.quads.quad.Hand.compare;
import static scot.quads.quad.Hand.level;
import static scot.quads.quad.Hand.notApplicable;
import static scot.quads.quad.Hand.submission;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.quad.Hand;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.comparison.Comparison.AgendaItem;
import scot.quads.quad.comparison.Comparison.DistanceFlag;
import scot.quads.quad.comparison.Comparison.Flags;
import scot.quads.quad.comparison.Comparison.GroupComparison;
import scot.quads.quad.comparison.Comparison.QuestionComparison;

class ComparisonAnalysisTest {

    private static final RubricVersion ONE = Hand.version("Q1");

    @Test
    void aLevelTwoFromTheMedianIsFlaggedAndOneAndAHalfIsNot() {
        // 1, 3, 4, 6: median 3.5; 1 is 2.5 below, 6 is 2.5 above, 3 and 4 are 0.5 away.
        List<QuestionComparison> questions = compare(ONE, submission("A", level("Q1", 1)),
                submission("B", level("Q1", 3)), submission("C", level("Q1", 4)), submission("D", level("Q1", 6)));

        Flags flags = ComparisonAnalysis.flags(questions, 200);

        assertThat(flags.farFromMedian()).extracting(DistanceFlag::councilCode).containsExactly("A", "D");
        assertThat(flags.farFromMedian().get(0).direction()).isEqualTo("below");
        assertThat(flags.farFromMedian().get(0).distance()).isEqualTo(2.5);
        assertThat(flags.farFromMedian().get(1).direction()).isEqualTo("above");
        assertThat(flags.farFromMedian().get(1).median()).isEqualTo(3.5);
    }

    @Test
    void exactlyTwoFromTheMedianOfAnOddNumberOfMembersIsFlagged() {
        // 2, 4, 4: median 4; 2 is exactly 2 below.
        List<QuestionComparison> questions = compare(ONE, submission("A", level("Q1", 2)),
                submission("B", level("Q1", 4)), submission("C", level("Q1", 4)));

        assertThat(ComparisonAnalysis.flags(questions, 200).farFromMedian())
                .extracting(DistanceFlag::councilCode).containsExactly("A");
    }

    @Test
    void notApplicableAndMissingAnswersAreNeverFlaggedNorMoveTheMedian() {
        // 5, n/a, (no answer), 3: median 4, nobody 2 away.
        List<QuestionComparison> questions = compare(Hand.version("Q1", "Q2"),
                submission("A", level("Q1", 5)), submission("B", notApplicable("Q1")),
                submission("C", level("Q2", 1)), submission("D", level("Q1", 3)));

        Flags flags = ComparisonAnalysis.flags(questions, 200);

        assertThat(questions.get(0).statistics().median()).isEqualTo(4.0);
        assertThat(flags.farFromMedian()).isEmpty();
    }

    @Test
    void aHighLevelOnEvidenceShorterThanTheThresholdIsThin() {
        List<QuestionComparison> questions = compare(ONE,
                submission("A", level("Q1", 6, "x".repeat(199))),
                submission("B", level("Q1", 5, "  " + "y".repeat(200) + "  ")),
                submission("C", level("Q1", 5, null)),
                submission("D", level("Q1", 4, "short")));

        Flags flags = ComparisonAnalysis.flags(questions, 200);

        assertThat(flags.thinEvidenceBelow()).isEqualTo(200);
        assertThat(flags.thinEvidence()).extracting(f -> f.councilCode() + ":" + f.evidenceLength())
                .containsExactly("A:199", "C:0");
        assertThat(flags.thinEvidence().get(0).levelLabel()).isEqualTo("Excellent");
    }

    @Test
    void theAgendaRanksQuestionsBySpreadWithTiesSharingARank() {
        RubricVersion version = Hand.version("Q1", "Q2", "Q3", "Q4", "Q5");
        List<QuestionComparison> questions = compare(version,
                submission("A", level("Q1", 3), level("Q2", 1), level("Q3", 2), level("Q4", 4), level("Q5", 6)),
                submission("B", level("Q1", 4), level("Q2", 5), level("Q3", 6), level("Q4", 4), notApplicable("Q5")),
                submission("C", level("Q1", 3), level("Q2", 5), level("Q3", 2), level("Q4", 4)));

        List<AgendaItem> agenda = ComparisonAnalysis.agenda(questions, ComparisonAnalysis.flags(questions, 0));

        // Q2 and Q3 both spread 4; Q3 has one council far from the median (6 vs 2), Q2 one too (1 vs 5): rubric
        // order then. Q1 spread 1. Q4 agrees, Q5 has one level only: neither is on the agenda.
        assertThat(agenda).extracting(AgendaItem::questionCode).containsExactly("Q2", "Q3", "Q1");
        assertThat(agenda).extracting(AgendaItem::rank).containsExactly(1, 1, 3);
        assertThat(agenda.get(0).spread()).isEqualTo(4);
        assertThat(agenda.get(0).farFromMedian()).containsExactly("A");
        assertThat(agenda.get(2).median()).isEqualTo(3.0);
    }

    @Test
    void amongEqualSpreadsMoreMembersFarFromTheMedianComesFirst() {
        RubricVersion version = Hand.version("Q1", "Q2");
        // Q1: 2, 4, 4, 4, 6? No: four members. Q1: 2, 4, 4, 6 (median 4, A and D flagged); Q2: 2, 2, 6, 6
        // (median 4, all four flagged). Both spread 4.
        List<QuestionComparison> questions = compare(version,
                submission("A", level("Q1", 2), level("Q2", 2)), submission("B", level("Q1", 4), level("Q2", 2)),
                submission("C", level("Q1", 4), level("Q2", 6)), submission("D", level("Q1", 6), level("Q2", 6)));

        List<AgendaItem> agenda = ComparisonAnalysis.agenda(questions, ComparisonAnalysis.flags(questions, 0));

        assertThat(agenda).extracting(AgendaItem::questionCode).containsExactly("Q2", "Q1");
        assertThat(agenda.get(0).farFromMedian()).containsExactly("A", "B", "C", "D");
    }

    @Test
    void indicatorsAndThemesSummariseEveryLevelGivenInThem() {
        RubricVersion version = Hand.version(null, List.of(
                new RubricVersion.Question("1", "T1", "QI 1.1", "I1", "Q1", "P1", true, null, null),
                new RubricVersion.Question("1", "T1", "QI 1.1", "I1", "Q2", "P2", true, null, null),
                new RubricVersion.Question("1", "T1", "QI 1.2", "I2", "Q3", "P3", true, null, null),
                new RubricVersion.Question("2", "T2", "QI 2.1", "I3", "Q4", "P4", true, null, null)));
        List<QuestionComparison> questions = compare(version,
                submission("A", level("Q1", 2), level("Q2", 4), level("Q3", 6), notApplicable("Q4")),
                submission("B", level("Q1", 3), level("Q2", 3), level("Q3", 5)));

        List<GroupComparison> indicators = ComparisonAnalysis.byIndicator(questions);
        List<GroupComparison> themes = ComparisonAnalysis.byTheme(questions);

        assertThat(indicators).extracting(GroupComparison::code).containsExactly("QI 1.1", "QI 1.2", "QI 2.1");
        GroupComparison first = indicators.get(0);
        assertThat(first.themeCode()).isEqualTo("1");
        assertThat(first.questions()).isEqualTo(2);
        assertThat(first.statistics().count()).isEqualTo(4);
        assertThat(first.statistics().median()).isEqualTo(3.0);
        assertThat(first.widestSpread()).isEqualTo(1);
        assertThat(first.members().get(0).statistics().median()).isEqualTo(3.0);
        assertThat(themes).extracting(GroupComparison::code).containsExactly("1", "2");
        assertThat(themes.get(0).statistics().min()).isEqualTo(2);
        assertThat(themes.get(0).statistics().max()).isEqualTo(6);
        assertThat(themes.get(0).statistics().median()).isEqualTo(3.5);
        assertThat(themes.get(0).widestSpread()).isEqualTo(1);
        assertThat(themes.get(1).statistics().count()).isZero();
        assertThat(themes.get(1).statistics().notApplicable()).isEqualTo(1);
        assertThat(themes.get(1).statistics().missing()).isEqualTo(1);
        assertThat(themes.get(1).widestSpread()).isNull();
    }
}
