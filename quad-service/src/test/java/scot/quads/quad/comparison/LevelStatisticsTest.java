package scot.quads.quad.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.quads.quad.comparison.LevelStatistics.Grade.missingGrade;
import static scot.quads.quad.comparison.LevelStatistics.Grade.notApplicableGrade;
import static scot.quads.quad.comparison.LevelStatistics.Grade.of;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelStatisticsTest {

    @Test
    void anOddCountTakesTheMiddleLevel() {
        LevelStatistics stats = LevelStatistics.of(List.of(of(5), of(2), of(4)));

        assertThat(stats.count()).isEqualTo(3);
        assertThat(stats.median()).isEqualTo(4.0);
        assertThat(stats.min()).isEqualTo(2);
        assertThat(stats.max()).isEqualTo(5);
        assertThat(stats.range()).isEqualTo(3);
    }

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleLevels() {
        LevelStatistics stats = LevelStatistics.of(List.of(of(6), of(3), of(4), of(2)));

        assertThat(stats.count()).isEqualTo(4);
        assertThat(stats.median()).isEqualTo(3.5);
        assertThat(stats.min()).isEqualTo(2);
        assertThat(stats.max()).isEqualTo(6);
        assertThat(stats.range()).isEqualTo(4);
    }

    @Test
    void anEvenCountWhoseMiddleLevelsAgreeHasAWholeMedian() {
        assertThat(LevelStatistics.of(List.of(of(1), of(4), of(4), of(6))).median()).isEqualTo(4.0);
    }

    @Test
    void tiedLevelsHaveNoSpread() {
        LevelStatistics stats = LevelStatistics.of(List.of(of(4), of(4), of(4), of(4)));

        assertThat(stats.median()).isEqualTo(4.0);
        assertThat(stats.min()).isEqualTo(4);
        assertThat(stats.max()).isEqualTo(4);
        assertThat(stats.range()).isZero();
    }

    @Test
    void aSingleLevelIsItsOwnMedian() {
        LevelStatistics stats = LevelStatistics.of(List.of(of(3)));

        assertThat(stats.count()).isEqualTo(1);
        assertThat(stats.median()).isEqualTo(3.0);
        assertThat(stats.range()).isZero();
    }

    @Test
    void notApplicableAndMissingAnswersAreCountedApartAndLeftOutOfTheFigures() {
        LevelStatistics stats = LevelStatistics.of(List.of(of(2), notApplicableGrade(), of(5), missingGrade()));

        assertThat(stats.count()).isEqualTo(2);
        assertThat(stats.median()).isEqualTo(3.5);
        assertThat(stats.min()).isEqualTo(2);
        assertThat(stats.max()).isEqualTo(5);
        assertThat(stats.range()).isEqualTo(3);
        assertThat(stats.notApplicable()).isEqualTo(1);
        assertThat(stats.missing()).isEqualTo(1);
    }

    @Test
    void aNotApplicableAnswerThatStillCarriesALevelDoesNotCount() {
        LevelStatistics stats = LevelStatistics.of(List.of(of(3), new LevelStatistics.Grade(6, true), of(5)));

        assertThat(stats.count()).isEqualTo(2);
        assertThat(stats.max()).isEqualTo(5);
        assertThat(stats.notApplicable()).isEqualTo(1);
    }

    @Test
    void withNoLevelsTheFiguresAreAbsentNotZero() {
        LevelStatistics stats = LevelStatistics.of(List.of(notApplicableGrade(), missingGrade()));

        assertThat(stats.count()).isZero();
        assertThat(stats.median()).isNull();
        assertThat(stats.min()).isNull();
        assertThat(stats.max()).isNull();
        assertThat(stats.range()).isNull();

        assertThat(LevelStatistics.of(List.of()).count()).isZero();
    }

    @Test
    void theOrderOfMembersDoesNotMatter() {
        assertThat(LevelStatistics.of(List.of(of(1), of(6), of(3), of(5), of(2))))
                .isEqualTo(LevelStatistics.of(List.of(of(5), of(3), of(2), of(6), of(1))));
    }
}
