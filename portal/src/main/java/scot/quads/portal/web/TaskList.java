package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.Indicator;
import scot.quads.portal.client.RubricApi.QuestionAnswer;
import scot.quads.portal.client.RubricApi.Theme;
import scot.quads.portal.client.RubricApi.Version;

/**
 * The self-evaluation as a GOV.UK task list: one task per quality indicator, grouped by theme, each "Completed"
 * when every question has a level (or is not applicable with a reason), "In progress" when some are answered.
 */
public record TaskList(List<ThemeTasks> themes) {

    public record ThemeTasks(String code, String title, List<Task> tasks) {
    }

    /** {@code carried}: answers carried forward from an earlier cycle and not yet confirmed. */
    public record Task(String code, String title, int answered, int total, int carried) {

        public String status() {
            if (carried > 0) {
                return "To confirm";
            }
            return answered == total ? "Completed" : answered == 0 ? "Not started" : "In progress";
        }

        public boolean complete() {
            return answered == total;
        }
    }

    public static TaskList of(Version version, Evaluation evaluation) {
        Map<String, Boolean> complete = new HashMap<>();
        Set<String> carried = new HashSet<>();
        for (QuestionAnswer question : evaluation.questions()) {
            complete.put(question.code(), !evaluation.progress().missing().contains(question.code()));
            if (question.answer() != null && question.answer().carriedForward()) {
                carried.add(question.code());
            }
        }
        List<ThemeTasks> themes = new ArrayList<>();
        for (Theme theme : version.themes()) {
            List<Task> tasks = new ArrayList<>();
            for (Indicator indicator : theme.indicators()) {
                int answered = (int) indicator.questions().stream()
                        .filter(q -> complete.getOrDefault(q.code(), false)).count();
                int toConfirm = (int) indicator.questions().stream().filter(q -> carried.contains(q.code())).count();
                tasks.add(new Task(indicator.code(), indicator.title(), answered, indicator.questions().size(),
                        toConfirm));
            }
            themes.add(new ThemeTasks(theme.code(), theme.title(), tasks));
        }
        return new TaskList(themes);
    }

    /** The indicator a question belongs to, to link "what is missing" to its page. */
    public static Optional<String> indicatorOf(Version version, String questionCode) {
        return version.themes().stream().flatMap(t -> t.indicators().stream())
                .filter(i -> i.questions().stream().anyMatch(q -> q.code().equals(questionCode)))
                .map(Indicator::code).findFirst();
    }
}
