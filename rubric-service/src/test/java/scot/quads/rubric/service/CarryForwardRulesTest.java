package scot.quads.rubric.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.service.CarryForward.IndicatorStep;
import scot.quads.rubric.service.CarryForward.Kind;
import scot.quads.rubric.service.CarryForward.Merged;
import scot.quads.rubric.service.CarryForward.Step;

/** How last cycle's answers map onto this cycle's questions through lineage. */
class CarryForwardRulesTest {

    private static final UUID OLD_VERSION = UUID.randomUUID();
    private static final UUID NEW_VERSION = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final Set<UUID> previous = Set.of(a, b, c);

    @Test
    void theSameVersionMapsEachQuestionToItself() {
        Question question = question(OLD_VERSION, null);
        assertThat(CarryForward.plan(List.of(question), OLD_VERSION, Set.of(question.id)))
                .containsExactly(new Step(question, Kind.COPY, List.of(question.id)));
    }

    @Test
    void sameRewordedAndSplitQuestionsCopyTheirSource() {
        Question same = question(NEW_VERSION, "same", a);
        Question reworded = question(NEW_VERSION, "reworded", b);
        Question firstHalf = question(NEW_VERSION, "split-from", a);
        Question secondHalf = question(NEW_VERSION, "split-from", a);

        assertThat(CarryForward.plan(List.of(same, reworded, firstHalf, secondHalf), OLD_VERSION, previous))
                .containsExactly(new Step(same, Kind.COPY, List.of(a)), new Step(reworded, Kind.COPY, List.of(b)),
                        new Step(firstHalf, Kind.COPY, List.of(a)), new Step(secondHalf, Kind.COPY, List.of(a)));
    }

    @Test
    void aMergedQuestionTakesFromAllItsSourcesAndANewOneStaysEmpty() {
        Question merged = question(NEW_VERSION, "merged-from", b, c, a);
        Question fresh = question(NEW_VERSION, "new");

        assertThat(CarryForward.plan(List.of(merged, fresh), OLD_VERSION, previous))
                .containsExactly(new Step(merged, Kind.MERGE, List.of(b, c, a)), new Step(fresh, Kind.EMPTY, List.of()));
    }

    @Test
    void aSourceOutsideThePreviousCyclesVersionCarriesNothing() {
        Question fromElsewhere = question(NEW_VERSION, "same", UUID.randomUUID());
        Question partlyElsewhere = question(NEW_VERSION, "merged-from", a, UUID.randomUUID());
        Question noLineage = question(NEW_VERSION, null);

        assertThat(CarryForward.plan(List.of(fromElsewhere, partlyElsewhere, noLineage), OLD_VERSION, previous))
                .extracting(Step::kind).containsExactly(Kind.EMPTY, Kind.EMPTY, Kind.EMPTY);
    }

    @Test
    void anIndicatorGradedAsAWholeFollowsItsLineageByTheQuestionsRules() {
        Indicator renamed = indicator(NEW_VERSION, "reworded", a);
        Indicator firstPart = indicator(NEW_VERSION, "split-from", b);
        Indicator secondPart = indicator(NEW_VERSION, "split-from", b);
        Indicator merged = indicator(NEW_VERSION, "merged-from", c, a);
        Indicator fresh = indicator(NEW_VERSION, "new");
        Indicator fromElsewhere = indicator(NEW_VERSION, "same", UUID.randomUUID());

        assertThat(CarryForward.planIndicators(List.of(renamed, firstPart, secondPart, merged, fresh, fromElsewhere),
                OLD_VERSION, previous)).containsExactly(
                        new IndicatorStep(renamed, Kind.COPY, List.of(a)),
                        new IndicatorStep(firstPart, Kind.COPY, List.of(b)),
                        new IndicatorStep(secondPart, Kind.COPY, List.of(b)),
                        new IndicatorStep(merged, Kind.MERGE, List.of(c, a)),
                        new IndicatorStep(fresh, Kind.EMPTY, List.of()),
                        new IndicatorStep(fromElsewhere, Kind.EMPTY, List.of()));
    }

    @Test
    void anIndicatorOfTheSameVersionMapsToItselfAndOneWithoutLineageToNothing() {
        Indicator same = indicator(OLD_VERSION, null);
        Indicator firstVersion = indicator(NEW_VERSION, null);

        assertThat(CarryForward.planIndicators(List.of(same, firstVersion), OLD_VERSION, Set.of(same.id)))
                .containsExactly(new IndicatorStep(same, Kind.COPY, List.of(same.id)),
                        new IndicatorStep(firstVersion, Kind.EMPTY, List.of()));
    }

    @Test
    void agreeingSourcesGiveTheirLevelAndTheirNarrativesJoinedUnderTheirCodes() {
        Merged merged = CarryForward.merge(List.of(answer("1.1.1", 4, "Attendance up\nfor two years"),
                answer("1.1.2", 4, null), answer("1.1.3", 4, "Exclusions down")), 10_000).orElseThrow();

        assertThat(merged.level()).isEqualTo(4);
        assertThat(merged.notApplicable()).isFalse();
        assertThat(merged.evidence()).isEqualTo("1.1.1: Attendance up\nfor two years\n\n1.1.3: Exclusions down");
        assertThat(merged.strengths()).isNull();
    }

    @Test
    void sourcesAllNotApplicableAgree() {
        Answer first = notApplicable("1.4.3", "No special schools");
        Answer second = notApplicable("1.4.4", "No residential schools");

        Merged merged = CarryForward.merge(List.of(first, second), 10_000).orElseThrow();

        assertThat(merged.notApplicable()).isTrue();
        assertThat(merged.level()).isNull();
        assertThat(merged.notApplicableReason())
                .isEqualTo("1.4.3: No special schools\n\n1.4.4: No residential schools");
    }

    @Test
    void disagreeingUnansweredOrTooLongSourcesCarryNothing() {
        assertThat(CarryForward.merge(List.of(answer("1.1.1", 4, "x"), answer("1.1.2", 3, "y")), 10_000)).isEmpty();
        assertThat(CarryForward.merge(List.of(answer("1.1.1", 4, "x"), notApplicable("1.1.2", "n/a")), 10_000))
                .isEmpty();
        assertThat(CarryForward.merge(Arrays.asList(answer("1.1.1", 4, "x"), null), 10_000)).isEmpty();
        assertThat(CarryForward.merge(List.of(answer("1.1.1", 4, "x"), answer("1.1.2", null, "draft only")),
                10_000)).isEmpty();
        assertThat(CarryForward.merge(List.of(answer("1.1.1", 4, "a".repeat(6_000)),
                answer("1.1.2", 4, "b".repeat(6_000))), 10_000)).isEmpty();
    }

    private static Answer answer(String code, Integer level, String evidence) {
        Answer answer = new Answer();
        answer.questionCode = code;
        answer.level = level;
        answer.evidence = evidence;
        return answer;
    }

    private static Answer notApplicable(String code, String reason) {
        Answer answer = new Answer();
        answer.questionCode = code;
        answer.notApplicable = true;
        answer.notApplicableReason = reason;
        return answer;
    }

    private static Question question(UUID versionId, String lineage, UUID... sources) {
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.versionId = versionId;
        question.code = "q-" + question.id;
        question.lineage = lineage;
        question.derivedFromQuestionId = sources.length == 0 ? null : sources[0];
        question.furtherSourceIds = new ArrayList<>(Arrays.asList(sources).subList(Math.min(1, sources.length),
                sources.length));
        return question;
    }

    private static Indicator indicator(UUID versionId, String lineage, UUID... sources) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.versionId = versionId;
        indicator.code = "i-" + indicator.id;
        indicator.lineage = lineage;
        indicator.derivedFromIndicatorId = sources.length == 0 ? null : sources[0];
        indicator.furtherSourceIds = new ArrayList<>(Arrays.asList(sources).subList(Math.min(1, sources.length),
                sources.length));
        return indicator;
    }
}
