package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import scot.quads.portal.client.RubricApi.Answer;
import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.Indicator;
import scot.quads.portal.client.RubricApi.Question;
import scot.quads.portal.client.RubricApi.QuestionAnswer;
import scot.quads.portal.client.RubricApi.Theme;
import scot.quads.portal.client.RubricApi.Version;

/**
 * The self-evaluation as a GOV.UK task list: one task per quality indicator, grouped by theme. A task counts what
 * rubric-service's one rule counts (its progress' missing list): each graded question, or in a version graded per
 * quality indicator the indicator's own level; each required narrative question; an optional one only while it holds
 * an unconfirmed carried-forward answer. "Completed" when none of these is missing, "In progress" when some are
 * settled, "To confirm" while an answer carried forward waits for a confirmation.
 */
public record TaskList(List<ThemeTasks> themes) {

    public record ThemeTasks(String code, String title, List<Task> tasks) {
    }

    /**
     * {@code carried}: answers carried forward from an earlier cycle and not yet confirmed; {@code whole}: the
     * indicator is graded as a whole (its level is one of the items counted).
     */
    public record Task(String code, String title, int answered, int total, int carried, boolean whole) {

        public String status() {
            if (carried > 0) {
                return "To confirm";
            }
            return answered == total ? "Completed" : answered == 0 ? "Not started" : "In progress";
        }

        public boolean complete() {
            return answered == total;
        }

        /** What the task counts, in words. */
        public String counted() {
            return whole ? answered + " of " + total + " answered (the indicator's level and its required questions)"
                    : answered + " of " + total + " questions answered";
        }
    }

    public static TaskList of(Version version, Evaluation evaluation) {
        Set<String> missing = new HashSet<>(evaluation.progress().missing());
        Map<String, Answer> answers = new HashMap<>();
        for (QuestionAnswer question : evaluation.questions()) {
            if (question.answer() != null) {
                answers.put(question.code(), question.answer());
            }
        }
        Map<String, Answer> indicatorAnswers = new HashMap<>();
        evaluation.wholeIndicators().forEach(i -> {
            if (i.answer() != null) {
                indicatorAnswers.put(i.code(), i.answer());
            }
        });
        boolean whole = version.gradedPerIndicator() || evaluation.gradedPerIndicator();
        List<ThemeTasks> themes = new ArrayList<>();
        for (Theme theme : version.themes()) {
            List<Task> tasks = new ArrayList<>();
            for (Indicator indicator : theme.indicators()) {
                int total = 0;
                int answered = 0;
                int carried = 0;
                if (whole) {
                    total++;
                    answered += missing.contains(indicator.code()) ? 0 : 1;
                    carried += carried(indicatorAnswers.get(indicator.code())) ? 1 : 0;
                }
                for (Question question : indicator.questions()) {
                    boolean toConfirm = carried(answers.get(question.code()));
                    if (question.optional() && !toConfirm) {
                        continue;
                    }
                    total++;
                    answered += missing.contains(question.code()) ? 0 : 1;
                    carried += toConfirm ? 1 : 0;
                }
                tasks.add(new Task(indicator.code(), indicator.title(), answered, total, carried, whole));
            }
            themes.add(new ThemeTasks(theme.code(), theme.title(), tasks));
        }
        return new TaskList(themes);
    }

    private static boolean carried(Answer answer) {
        return answer != null && answer.carriedForward();
    }

    /**
     * The indicator page that holds an item of the progress' missing list: a question's indicator, or an indicator
     * graded as a whole itself.
     */
    public static Optional<String> indicatorOf(Version version, String code) {
        Optional<String> question = version.themes().stream().flatMap(t -> t.indicators().stream())
                .filter(i -> i.questions().stream().anyMatch(q -> q.code().equals(code)))
                .map(Indicator::code).findFirst();
        if (question.isPresent() || !version.gradedPerIndicator()) {
            return question;
        }
        return version.themes().stream().flatMap(t -> t.indicators().stream()).map(Indicator::code)
                .filter(code::equals).findFirst();
    }
}
