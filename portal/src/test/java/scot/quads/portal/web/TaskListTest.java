package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.Indicator;
import scot.quads.portal.client.RubricApi.Progress;
import scot.quads.portal.client.RubricApi.Question;
import scot.quads.portal.client.RubricApi.QuestionAnswer;
import scot.quads.portal.client.RubricApi.Theme;
import scot.quads.portal.client.RubricApi.Version;

class TaskListTest {

    static final Version VERSION = new Version(UUID.randomUUID(), "HGIOEA", "How good", 1, "2026-27", "published",
            4, List.of(), List.of(
                    new Theme("1", "Outcomes", null, List.of(
                            new Indicator("QI 1.1", "Attainment", null, List.of(question("1.1.1"), question("1.1.2"))),
                            new Indicator("QI 1.2", "Wellbeing", null, List.of(question("1.2.1"))))),
                    new Theme("2", "Stakeholders", null, List.of(
                            new Indicator("QI 2.1", "Families", null, List.of(question("2.1.1")))))));

    @Test
    void anIndicatorIsCompletedOnlyWhenNoneOfItsQuestionsIsMissing() {
        TaskList tasks = TaskList.of(VERSION, evaluation(List.of("1.1.2", "2.1.1")));

        assertThat(tasks.themes()).extracting(TaskList.ThemeTasks::code).containsExactly("1", "2");
        List<TaskList.Task> outcomes = tasks.themes().get(0).tasks();
        assertThat(outcomes.get(0).status()).isEqualTo("In progress");
        assertThat(outcomes.get(0).answered()).isEqualTo(1);
        assertThat(outcomes.get(1).status()).isEqualTo("Completed");
        assertThat(tasks.themes().get(1).tasks().get(0).status()).isEqualTo("Not started");
    }

    @Test
    void aQuestionIsFoundOnItsIndicatorsPage() {
        assertThat(TaskList.indicatorOf(VERSION, "1.2.1")).contains("QI 1.2");
        assertThat(TaskList.indicatorOf(VERSION, "9.9.9")).isEmpty();
    }

    private static Question question(String code) {
        return new Question(code, null, "Prompt " + code, null, null, false, List.of());
    }

    private static Evaluation evaluation(List<String> missing) {
        List<QuestionAnswer> questions = List.of("1.1.1", "1.1.2", "1.2.1", "2.1.1").stream()
                .map(code -> new QuestionAnswer(code.substring(0, 1), "QI", code, "Prompt", false, null)).toList();
        return new Evaluation(null, UUID.randomUUID(), "2026-27", "S12000049", "Glasgow City", VERSION.id(), null,
                "draft", true, null, null, null, new Progress(4 - missing.size(), 4, List.of(), missing), 3,
                questions);
    }
}
