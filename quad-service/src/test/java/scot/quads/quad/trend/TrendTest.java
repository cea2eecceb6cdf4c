package scot.quads.quad.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.quads.quad.Hand.question;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.quad.Hand;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.trend.Trend.TrendPoint;
import scot.quads.quad.trend.Trend.TrendQuestion;

class TrendTest {

    private final Map<UUID, RubricVersion> versions = new HashMap<>();

    private RubricVersion version(UUID basedOn, RubricVersion.Question... questions) {
        RubricVersion version = Hand.version(basedOn, List.of(questions));
        versions.put(version.id, version);
        return version;
    }

    private Trend.Answered cycle(int year, RubricVersion version, Object... codeAndLevel) {
        Map<String, Trend.Level> answers = new HashMap<>();
        for (int i = 0; i < codeAndLevel.length; i += 2) {
            Integer level = (Integer) codeAndLevel[i + 1];
            answers.put((String) codeAndLevel[i], level == null ? new Trend.Level(null, true)
                    : new Trend.Level(level, false));
        }
        return new Trend.Answered(new Trend.TrendCycle(UUID.randomUUID(), "Cycle " + year,
                LocalDate.of(year, 3, 31), version.id, version.label), version, answers);
    }

    @Test
    void sameAndRewordedQuestionsAreFollowedBackThroughEveryVersion() {
        RubricVersion v1 = version(null, question("1.1", null), question("1.2", null));
        RubricVersion v2 = version(v1.id, question("1.1", "same", "1.1"), question("1.2b", "reworded", "1.2"));
        // v3 was never answered, but the line runs through it.
        RubricVersion v3 = version(v2.id, question("A", "reworded", "1.1"), question("B", "same", "1.2b"));
        RubricVersion v4 = version(v3.id, question("A", "same", "A"), question("B", "same", "B"));

        Trend trend = Trend.of("S1", List.of(cycle(2024, v1, "1.1", 2, "1.2", 3), cycle(2025, v2, "1.1", 3),
                cycle(2026, v4, "A", 4, "B", null)), versions::get);

        assertThat(trend.cycles()).hasSize(3);
        assertThat(trend.questions()).extracting(TrendQuestion::questionCode).containsExactly("A", "B");
        List<TrendPoint> a = trend.questions().get(0).points();
        assertThat(a).extracting(TrendPoint::comparable).containsExactly(true, true, true);
        assertThat(a).extracting(TrendPoint::questionCode).containsExactly("1.1", "1.1", "A");
        assertThat(a).extracting(TrendPoint::level).containsExactly(2, 3, 4);
        assertThat(a.get(0).levelLabel()).isEqualTo("Weak");
        assertThat(a.get(0).note()).contains("Reworded");
        assertThat(a.get(2).note()).isNull();
        List<TrendPoint> b = trend.questions().get(1).points();
        assertThat(b).extracting(TrendPoint::questionCode).containsExactly("1.2", "1.2b", "B");
        assertThat(b).extracting(TrendPoint::level).containsExactly(3, null, null);
        assertThat(b.get(1).answered()).isFalse();
        assertThat(b.get(2).notApplicable()).isTrue();
    }

    @Test
    void splitMergedAndNewQuestionsAreShownAsNotComparableWithoutALevel() {
        RubricVersion v1 = version(null, question("1", null), question("2", null), question("3", null));
        RubricVersion v2 = version(v1.id, question("1a", "split-from", "1"), question("23", "merged-from", "2", "3"),
                question("9", "new"));

        Trend trend = Trend.of("S1", List.of(cycle(2025, v1, "1", 5, "2", 5, "3", 5),
                cycle(2026, v2, "1a", 2, "23", 2, "9", 2)), versions::get);

        for (TrendQuestion question : trend.questions()) {
            TrendPoint earlier = question.points().get(0);
            assertThat(earlier.comparable()).isFalse();
            assertThat(earlier.level()).isNull();
            assertThat(earlier.questionCode()).isNull();
            assertThat(question.points().get(1).level()).isEqualTo(2);
        }
        assertThat(trend.questions().get(0).points().get(0).note()).contains("split from 1");
        assertThat(trend.questions().get(1).points().get(0).note()).contains("merges 2, 3");
        assertThat(trend.questions().get(2).points().get(0).note()).contains("new");
    }

    @Test
    void versionsWithoutLineageOrAMissingLinkAreNeverJoined() {
        RubricVersion v1 = version(null, question("1", null));
        RubricVersion oldStyle = version(null, question("1", null));
        RubricVersion unknownParent = version(UUID.randomUUID(), question("1", "same", "1"));

        Trend noLineage = Trend.of("S1", List.of(cycle(2025, v1, "1", 4), cycle(2026, oldStyle, "1", 4)),
                versions::get);
        Trend brokenChain = Trend.of("S1", List.of(cycle(2025, v1, "1", 4), cycle(2026, unknownParent, "1", 4)),
                versions::get);

        assertThat(noLineage.questions().get(0).points().get(0).comparable()).isFalse();
        assertThat(noLineage.questions().get(0).points().get(0).note()).contains("no lineage");
        assertThat(brokenChain.questions().get(0).points().get(0).comparable()).isFalse();
        assertThat(brokenChain.questions().get(0).points().get(0).note()).contains("has not reached");
    }

    @Test
    void aCouncilThatNeverSubmittedHasAnEmptyTrend() {
        Trend trend = Trend.of("S1", List.of(), versions::get);

        assertThat(trend.cycles()).isEmpty();
        assertThat(trend.questions()).isEmpty();
    }
}
