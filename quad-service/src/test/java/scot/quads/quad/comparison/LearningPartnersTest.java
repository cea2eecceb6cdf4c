package scot.quads.quad.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.quads.quad.Hand.level;
import static scot.quads.quad.Hand.notApplicable;
import static scot.quads.quad.Hand.submission;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.quads.quad.Hand;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.comparison.LearningPartners.Partner;
import scot.quads.quad.comparison.LearningPartners.QuestionPartners;

class LearningPartnersTest {

    private static final RubricVersion VERSION = Hand.version("Q1", "Q2", "Q3", "Q4");
    private static final Map<String, String> NAMES = Map.of("A", "Angus", "B", "Borders", "C", "Clackmannanshire",
            "D", "Dundee");

    @Test
    void partnersTwoOrMoreLevelsHigherAreListedHighestFirstWithTheirStrengths() {
        Submission a = submission("A", level("Q1", 2), level("Q2", 3), level("Q3", 4), level("Q4", 1));
        Submission b = submission("B", level("Q1", 4), level("Q2", 4), level("Q3", 6), notApplicable("Q4"));
        Submission c = submission("C", level("Q1", 5), level("Q2", 5), level("Q3", 5));
        Submission d = submission("D", level("Q1", 3), level("Q2", 2), level("Q3", 1), level("Q4", 2));

        List<QuestionPartners> found = LearningPartners.find(VERSION, "A", a, List.of(a, b, c, d), NAMES);

        // Q1: C (+3) then B (+2); D is only +1. Q2: C (+2). Q3: B (+2). Q4: B is n/a, C did not answer, D +1.
        assertThat(found).extracting(QuestionPartners::questionCode).containsExactly("Q1", "Q2", "Q3");
        QuestionPartners q1 = found.get(0);
        assertThat(q1.level()).isEqualTo(2);
        assertThat(q1.levelLabel()).isEqualTo("Weak");
        assertThat(q1.nextSteps()).isEqualTo("Next steps on Q1");
        assertThat(q1.partners()).extracting(Partner::councilCode).containsExactly("C", "B");
        assertThat(q1.partners().get(0).levelsHigher()).isEqualTo(3);
        assertThat(q1.partners().get(0).name()).isEqualTo("Clackmannanshire");
        assertThat(q1.partners().get(0).levelLabel()).isEqualTo("Very good");
        assertThat(q1.partners().get(0).strengths()).isEqualTo("Strengths of Q1");
        assertThat(found.get(1).partners()).extracting(Partner::councilCode).containsExactly("C");
        assertThat(found.get(2).partners()).extracting(Partner::councilCode).containsExactly("B");
    }

    @Test
    void aNotApplicableOrMissingAnswerOfTheCouncilHasNoLearningPartners() {
        Submission a = submission("A", notApplicable("Q1"));
        Submission b = submission("B", level("Q1", 6), level("Q2", 6));

        assertThat(LearningPartners.find(VERSION, "A", a, List.of(a, b), NAMES)).isEmpty();
    }

    @Test
    void aCouncilThatHasNotSubmittedHasNone() {
        Submission b = submission("B", level("Q1", 6));

        assertThat(LearningPartners.find(VERSION, "A", null, List.of(b), NAMES)).isEmpty();
    }

    @Test
    void theStrongestCouncilHasNoneAndNeverListsItself() {
        Submission a = submission("A", level("Q1", 6));
        Submission b = submission("B", level("Q1", 1));

        assertThat(LearningPartners.find(VERSION, "A", a, List.of(a, b), NAMES)).isEmpty();
    }
}
