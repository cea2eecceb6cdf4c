package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;

class ScaleDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void syntheticOrganisationsAreNamedAsSuchAndCannotCollideWithRealCouncilsOrAnotherRun() {
        ScaleData one = new ScaleData("2611221700ab", 5, 200);
        ScaleData two = new ScaleData("2611221700cd", 5, 200);

        assertThat(one.code(7)).isEqualTo("BENCH-2611221700AB-0007").doesNotStartWith("S");
        assertThat(ScaleData.name(7)).isEqualTo("Bench org 0007");
        assertThat(one.code(7)).isNotEqualTo(two.code(7));
        assertThat(one.cycleId(1)).isNotEqualTo(two.cycleId(1)).isEqualTo(one.cycleId(1));
        assertThat(one.cycleName(3)).isEqualTo("bench-scale-2611221700ab-3");
        assertThat(one.evaluationId(1, 7)).isNotEqualTo(one.evaluationId(2, 7));
        assertThat(one.council(7, false).active()).isFalse();
    }

    @Test
    void eachVersionHasEveryQuestionAndFollowsTheOneBeforeByLineage() {
        ScaleData data = new ScaleData("run", 5, 200);

        RubricVersionPublishedV1 first = data.version(1);
        RubricVersionPublishedV1 third = data.version(3);

        assertThat(questions(first)).hasSize(200).doesNotHaveDuplicates();
        assertThat(first.basedOnVersionId()).isNull();
        assertThat(third.basedOnVersionId()).isEqualTo(data.versionId(2));
        assertThat(third.themes()).hasSize(ScaleData.THEMES);
        List<RubricVersionPublishedV1.Question> later = third.themes().stream()
                .flatMap(t -> t.indicators().stream()).flatMap(i -> i.questions().stream()).toList();
        assertThat(later).allSatisfy(q -> {
            assertThat(q.lineage()).isIn("same", "reworded");
            assertThat(q.derivedFrom()).containsExactly(q.code());
        });
        assertThat(later).filteredOn(q -> q.lineage().equals("reworded")).hasSize(1);
        assertThat(first.scale()).extracting(RubricVersionPublishedV1.Level::value).containsExactly(6, 5, 4, 3, 2, 1);
    }

    @Test
    void anOddQuestionCountIsSpreadOverTheIndicators() {
        assertThat(questions(new ScaleData("run", 1, 7).version(1))).hasSize(7);
        assertThat(questions(new ScaleData("run", 1, 203).version(1))).hasSize(203);
    }

    @Test
    void cyclesArePastOnlyTheLatestInReviewAndAllClosedAtTheEnd() {
        ScaleData data = new ScaleData("run", 5, 10);

        assertThat(data.cycle(1, false, TODAY).state()).isEqualTo("closed");
        assertThat(data.cycle(5, false, TODAY).state()).isEqualTo("in-review");
        assertThat(data.cycle(5, true, TODAY).state()).isEqualTo("closed");
        assertThat(data.cycle(5, false, TODAY).submissionDeadline()).isBefore(TODAY);
        assertThat(data.cycle(4, false, TODAY).submissionDeadline()).isBefore(data.cycle(5, false, TODAY)
                .submissionDeadline());
        assertThat(data.cycle(2, false, TODAY).rubricVersionId()).isEqualTo(data.versionId(2));
    }

    @Test
    void aSubmissionAnswersEveryQuestionWithALevelOnTheScaleAndTravelsAsTheContractsEvent() {
        ScaleData data = new ScaleData("run", 5, 200);

        SelfEvaluationSubmittedV1 submission = data.submission(2, 41, TODAY);

        assertThat(submission.answers()).hasSize(200)
                .allSatisfy(a -> assertThat(a.level()).isBetween(1, 6));
        assertThat(submission.councilCode()).isEqualTo(data.code(41));
        assertThat(submission.rubricVersionId()).isEqualTo(data.versionId(2));
        assertThat(submission.submittedAt().toLocalDate()).isBefore(data.cycle(2, false, TODAY).submissionDeadline());
        var event = EventCodec.event(Events.SELF_EVALUATION_SUBMITTED, ScaleScenario.SOURCE,
                submission.evaluationId().toString(), submission);
        assertThat(EventCodec.data(EventCodec.read(EventCodec.write(event)), Events.SELF_EVALUATION_SUBMITTED))
                .isEqualTo(submission);
        assertThat(IntStream.rangeClosed(1, 200).map(q -> ScaleData.level(1, 41, q)).distinct().count())
                .as("levels vary").isGreaterThan(3);
    }

    @Test
    void organisationsFormQuadsOfFourAndARemainderJoinsTheLastOnes() {
        assertThat(ScaleData.quads(1, 8)).containsExactly(List.of(1, 2, 3, 4), List.of(5, 6, 7, 8));
        assertThat(ScaleData.quads(33, 42)).containsExactly(List.of(33, 34, 35, 36, 42), List.of(37, 38, 39, 40, 41));
        assertThat(ScaleData.quads(1, 6)).containsExactly(List.of(1, 2, 3, 4));
        assertThatThrownBy(() -> new ScaleData("run", 0, 200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTrendsFiftyCyclesAreInDeadlineOrderEachOnAVersionLinkedToTheOneBefore() {
        ScaleData many = new ScaleData("2612060400abt50", 50, 20);

        for (int c = 2; c <= 50; c++) {
            assertThat(many.cycle(c - 1, false, TODAY).submissionDeadline())
                    .isBefore(many.cycle(c, false, TODAY).submissionDeadline());
            assertThat(many.version(c).basedOnVersionId()).isEqualTo(many.versionId(c - 1));
            assertThat(many.cycle(c, false, TODAY).state()).isEqualTo(c < 50 ? "closed" : "in-review");
        }
        assertThat(many.cycle(50, false, TODAY).submissionDeadline()).isBefore(TODAY);
        assertThat(questions(many.version(50))).hasSize(20).doesNotHaveDuplicates();
        assertThat(many.submission(50, 8, TODAY).answers()).hasSize(20);
    }

    @Test
    void theTrendsTwoSetsShareNoOrganisationCycleOrVersion() {
        ScaleData few = new ScaleData("2612060400abt5", 5, 20);
        ScaleData many = new ScaleData("2612060400abt50", 50, 20);

        assertThat(few.code(1)).isNotEqualTo(many.code(1));
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(few::cycleId))
                .doesNotContainAnyElementsOf(IntStream.rangeClosed(1, 50).mapToObj(many::cycleId).toList());
        assertThat(few.versionId(1)).isNotEqualTo(many.versionId(1));
        assertThat(IntStream.range(0, 8).map(i -> ScaleScenario.spread(i, 8)).distinct().count())
                .as("the trend's reads go round every organisation of a set").isEqualTo(8);
    }

    @Test
    void readsAreSpreadOverEveryOrganisation() {
        assertThat(IntStream.range(0, 32).map(i -> ScaleScenario.spread(i, 32)).distinct().count()).isEqualTo(32);
    }

    private static List<String> questions(RubricVersionPublishedV1 version) {
        return version.themes().stream().flatMap(t -> t.indicators().stream()).flatMap(i -> i.questions().stream())
                .map(RubricVersionPublishedV1.Question::code).toList();
    }
}
