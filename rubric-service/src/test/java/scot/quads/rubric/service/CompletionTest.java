package scot.quads.rubric.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Framework;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.GradingGrain;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.QuestionKind;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.Theme;
import scot.quads.rubric.service.Completion.Item;
import scot.quads.rubric.service.Completion.Standing;

/** The one rule of what a self-evaluation still needs, for progress, the task list and submission alike. */
class CompletionTest {

    private final Theme theme = theme();
    private final Indicator indicator = indicator("A1");
    private final Question graded = question("1.1.1", QuestionKind.GRADED, true);
    private final Question required = question("A1-1", QuestionKind.NARRATIVE, true);
    private final Question optional = question("A1-2", QuestionKind.NARRATIVE, false);
    private final Map<UUID, Answer> answers = new HashMap<>();

    @Test
    void aVersionGradedPerQuestionAsksEachQuestionAndNoIndicator() {
        List<Item> items = Completion.items(content(GradingGrain.QUESTION, graded, required, optional));

        assertThat(items).extracting(Item::code).containsExactly("1.1.1", "A1-1", "A1-2");
        assertThat(items).extracting(Item::graded).containsExactly(true, false, false);
        assertThat(items).extracting(Item::required).containsExactly(true, true, false);
        assertThat(Completion.required(items)).isEqualTo(2);
    }

    @Test
    void aVersionGradedPerIndicatorAsksTheIndicatorFirstThenItsPrompts() {
        List<Item> items = Completion.items(content(GradingGrain.QUALITY_INDICATOR, required, optional));

        assertThat(items).extracting(Item::code).containsExactly("A1", "A1-1", "A1-2");
        assertThat(items.get(0).isIndicator()).isTrue();
        assertThat(items.get(0).graded()).isTrue();
        assertThat(Completion.required(items)).isEqualTo(2);
    }

    @Test
    void aGradedItemNeedsALevelOrNotApplicableAndANarrativeOneNeedsText() {
        Item gradedItem = Completion.of(theme, indicator, graded);
        Item narrativeItem = Completion.of(theme, indicator, required);

        assertThat(Completion.standing(gradedItem, null)).isEqualTo(Standing.NOT_ANSWERED);
        assertThat(Completion.standing(gradedItem, answer(graded.id, 4, null, false))).isEqualTo(Standing.ANSWERED);
        assertThat(Completion.standing(gradedItem, answer(graded.id, null, "Only words", false)))
                .isEqualTo(Standing.NOT_ANSWERED);
        Answer notApplicable = answer(graded.id, null, null, false);
        notApplicable.notApplicable = true;
        assertThat(Completion.standing(gradedItem, notApplicable)).isEqualTo(Standing.ANSWERED);

        assertThat(Completion.standing(narrativeItem, answer(required.id, null, "   ", false)))
                .isEqualTo(Standing.NOT_ANSWERED);
        assertThat(Completion.standing(narrativeItem, answer(required.id, null, "Our focus is numeracy", false)))
                .isEqualTo(Standing.ANSWERED);
        assertThat(Completion.standing(Completion.of(theme, indicator, optional), null))
                .isEqualTo(Standing.OPTIONAL_EMPTY);
    }

    @Test
    void aCarriedForwardAnswerCountsNowhereUntilConfirmedAndProgressAddsUpWithWhatIsMissing() {
        List<Item> items = Completion.items(content(GradingGrain.QUESTION, graded, required, optional));
        answers.put(graded.id, answer(graded.id, 4, "Last year's", true));
        answers.put(required.id, answer(required.id, null, "Last year's focus", true));
        answers.put(optional.id, answer(optional.id, null, "Last year's aside", true));

        Completion.Tally tally = Completion.tally(items, answers);
        assertThat(tally.answered()).isZero();
        assertThat(tally.total()).isEqualTo(3);
        assertThat(tally.missing()).extracting(m -> m.item().code()).containsExactly("1.1.1", "A1-1", "A1-2");
        assertThat(tally.missing()).allSatisfy(m -> assertThat(Completion.why(m)).contains("carried forward"));

        answers.get(graded.id).carriedForward = false;
        answers.get(optional.id).carriedForward = false;
        tally = Completion.tally(items, answers);
        assertThat(tally.answered()).isEqualTo(1);
        assertThat(tally.total()).isEqualTo(2);
        assertThat(tally.answered() + tally.missing().size()).isEqualTo(tally.total());
    }

    @Test
    void whatIsMissingSaysWhatTheItemNeeds() {
        Item quality = Completion.items(content(GradingGrain.QUALITY_INDICATOR, required)).get(0);
        assertThat(Completion.why(new Completion.Missing(quality, Standing.NOT_ANSWERED)))
                .isEqualTo("is not answered: give the quality indicator a level");
        graded.notApplicableAllowed = true;
        assertThat(Completion.why(new Completion.Missing(Completion.of(theme, indicator, graded),
                Standing.NOT_ANSWERED)))
                .isEqualTo("is not answered: give it a level, or mark it not applicable with a reason");
        assertThat(Completion.why(new Completion.Missing(Completion.of(theme, indicator, required),
                Standing.NOT_ANSWERED))).contains("required narrative");
    }

    private RubricContent content(GradingGrain grain, Question... questions) {
        FrameworkVersion version = new FrameworkVersion();
        version.id = UUID.randomUUID();
        version.gradingGrain = grain;
        return new RubricContent(version, new Framework(), List.of(), List.of(new RubricContent.ThemeNode(theme,
                List.of(new RubricContent.IndicatorNode(indicator, List.of(questions))))));
    }

    private static Answer answer(UUID questionId, Integer level, String evidence, boolean carried) {
        Answer answer = new Answer();
        answer.questionId = questionId;
        answer.level = level;
        answer.evidence = evidence;
        answer.carriedForward = carried;
        return answer;
    }

    private static Theme theme() {
        Theme theme = new Theme();
        theme.id = UUID.randomUUID();
        theme.code = "A";
        theme.title = "Outcomes";
        return theme;
    }

    private static Indicator indicator(String code) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.code = code;
        return indicator;
    }

    private static Question question(String code, QuestionKind kind, boolean required) {
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.code = code;
        question.kind = kind;
        question.required = required;
        return question;
    }
}
