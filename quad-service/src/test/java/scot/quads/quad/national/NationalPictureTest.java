package scot.quads.quad.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.quads.quad.Hand;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.national.NationalPicture.Count;
import scot.quads.quad.national.NationalPicture.LevelCount;
import scot.quads.quad.national.NationalPicture.NationalQuestion;

class NationalPictureTest {

    private static final RubricVersion VERSION = Hand.version("Q1", "Q2", "Q3");

    @Test
    void fiveCouncilsGradingAQuestionShowItsDistributionAndFourDoNot() {
        List<Count> counts = List.of(
                new Count("Q1", 4, false, 3), new Count("Q1", 2, false, 2),
                new Count("Q2", 5, false, 4), new Count("Q2", null, true, 3));

        List<NationalQuestion> questions = NationalPicture.questions(VERSION, counts, Map.of(), Set.of(), Map.of());

        NationalQuestion q1 = questions.get(0);
        assertThat(q1.suppressed()).isFalse();
        assertThat(q1.councilsGraded()).isEqualTo(5);
        assertThat(q1.distribution()).extracting(LevelCount::level).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(q1.distribution()).extracting(LevelCount::councils).containsExactly(0, 0, 3, 0, 2, 0);
        assertThat(q1.distribution().get(2).label()).isEqualTo("Good");
        assertThat(q1.median()).isEqualTo(4.0);

        // Four levels and three "not applicable": not applicable does not make up the five.
        NationalQuestion q2 = questions.get(1);
        assertThat(q2.suppressed()).isTrue();
        assertThat(q2.councilsGraded()).isEqualTo(4);
        assertThat(q2.notApplicable()).isEqualTo(3);
        assertThat(q2.distribution()).isNull();
        assertThat(q2.median()).isNull();
        assertThat(q2.suppressedBecause()).contains("Fewer than 5");

        NationalQuestion q3 = questions.get(2);
        assertThat(q3.suppressed()).isTrue();
        assertThat(q3.councilsGraded()).isZero();
    }

    @Test
    void aCouncilSeesADistributionOnlyWhenFiveCouncilsOutsideItsQuadGaveALevel() {
        // Q1: five levels, four of them the viewer's quad's; Q2: nine, four of them its quad's.
        List<Count> counts = List.of(new Count("Q1", 4, false, 5), new Count("Q2", 3, false, 9));
        Map<String, Integer> gradedByOwnQuad = Map.of("Q1", 4, "Q2", 4);

        List<NationalQuestion> seenByCouncil = NationalPicture.questions(VERSION, counts, Map.of("Q1", 4), Set.of(),
                Map.of(), null, gradedByOwnQuad, true);
        List<NationalQuestion> seenByAdes = NationalPicture.questions(VERSION, counts, Map.of(), Set.of(),
                Map.of(), null, Map.of(), false);

        assertThat(seenByCouncil.get(0).suppressed()).isTrue();
        assertThat(seenByCouncil.get(0).distribution()).isNull();
        assertThat(seenByCouncil.get(0).median()).isNull();
        assertThat(seenByCouncil.get(0).suppressedBecause()).contains("outside your quad");
        assertThat(seenByCouncil.get(0).councilLevel()).isEqualTo(4);
        assertThat(seenByCouncil.get(1).suppressed()).isFalse();
        assertThat(seenByCouncil.get(1).distribution()).extracting(LevelCount::councils).contains(9);
        assertThat(seenByAdes.get(0).suppressed()).isFalse();
        assertThat(seenByAdes.get(0).councilsGraded()).isEqualTo(5);
    }

    @Test
    void theCouncilsOwnPlaceAndItsQuadsMedianAreShownEvenWhenTheDistributionIsNot() {
        List<NationalQuestion> questions = NationalPicture.questions(VERSION, List.of(new Count("Q1", 3, false, 2)),
                Map.of("Q1", 3), Set.of("Q2"), Map.of("Q1", 3.5));

        assertThat(questions.get(0).suppressed()).isTrue();
        assertThat(questions.get(0).councilLevel()).isEqualTo(3);
        assertThat(questions.get(0).councilNotApplicable()).isFalse();
        assertThat(questions.get(0).quadMedian()).isEqualTo(3.5);
        assertThat(questions.get(1).councilNotApplicable()).isTrue();
        assertThat(questions.get(1).councilLevel()).isNull();
        assertThat(questions.get(2).councilNotApplicable()).isNull();
        assertThat(questions.get(2).quadMedian()).isNull();
    }

    @Test
    void theMedianOfCountsTakesTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(NationalPicture.median(Map.of(2, 2, 4, 3), 5)).isEqualTo(4.0);
        assertThat(NationalPicture.median(Map.of(2, 3, 5, 3), 6)).isEqualTo(3.5);
        assertThat(NationalPicture.median(Map.of(6, 1), 1)).isEqualTo(6.0);
        assertThat(NationalPicture.median(Map.of(), 0)).isNull();
    }
}
