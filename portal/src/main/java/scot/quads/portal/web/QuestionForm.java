package scot.quads.portal.web;

import java.util.List;
import java.util.Map;

import scot.quads.portal.client.RubricApi.Answer;
import scot.quads.portal.client.RubricApi.AnswerRequest;
import scot.quads.portal.client.RubricApi.Indicator;
import scot.quads.portal.client.RubricApi.Level;
import scot.quads.portal.client.RubricApi.Question;

/**
 * One question's form on an indicator page: the question, the answer as saved (or as the user just typed it when
 * a save failed), the version the next save sends in If-Match, and what went wrong with this one, if anything.
 * In a version graded per quality indicator the page's first form is the indicator's own ({@code whole}): its
 * {@code question} stands for the indicator (its code and title), and it takes the level and all four narratives.
 */
public record QuestionForm(Question question, String id, Integer level, boolean notApplicable,
        String notApplicableReason, String evidence, String strengths, String areasForImprovement, String nextSteps,
        long version, Answer saved, Map<String, String> errors, Answer theirs, boolean whole) {

    /** The longest narrative the rubric-service accepts. */
    public static final int MAX_CHARS = 10_000;

    public static QuestionForm of(Question question, Answer saved) {
        return of(question, saved, false);
    }

    /** The form for a quality indicator graded as a whole: a level (or not applicable) and all four narratives. */
    public static QuestionForm ofIndicator(Indicator indicator, Answer saved) {
        Question standIn = new Question(indicator.code(), indicator.title(), indicator.title(), null, null, indicator.notApplicableAllowed(), List.of(), null, "graded", true);
        return of(standIn, saved, true);
    }

    private static QuestionForm of(Question question, Answer saved, boolean whole) {
        String id = Labels.domId(question.code());
        return saved == null
                ? new QuestionForm(question, id, null, false, null, null, null, null, null, 0, null, Map.of(), null,
                        whole)
                : new QuestionForm(question, id, saved.level(), saved.notApplicable(),
                        saved.notApplicableReason(), saved.evidence(), saved.strengths(),
                        saved.areasForImprovement(), saved.nextSteps(), saved.version(), saved, Map.of(), null, whole);
    }

    /** The user's words kept after a failed save, with the errors to show beside the fields. */
    public QuestionForm withAttempt(AnswerRequest attempt, long version, Map<String, String> errors, Answer theirs) {
        return new QuestionForm(question, id, attempt.level(), Boolean.TRUE.equals(attempt.notApplicable()),
                attempt.notApplicableReason(), attempt.evidence(), attempt.strengths(),
                attempt.areasForImprovement(), attempt.nextSteps(), version, saved, errors, theirs, whole);
    }

    /** Whether the form offers the evaluation level: the indicator's own, or a graded question's. */
    public boolean graded() {
        return whole || !question.narrative();
    }

    /** Where the form is posted: the indicator's own answer, or the question's. */
    public String action(java.util.UUID cycleId) {
        return "/council/cycles/" + cycleId + (whole
                ? "/indicators/" + TemplateExtensions.pathSegment(question.code()) + "/answer"
                : "/answers/" + TemplateExtensions.pathSegment(question.code()));
    }

    /** The earlier answers shown beside this one: the indicator's own, or the question's through lineage. */
    public List<scot.quads.portal.client.RubricApi.EarlierAnswer> earlier(
            scot.quads.portal.client.RubricApi.LastCycle last) {
        return whole ? last.ofIndicator(question.code()) : last.of(question.code());
    }

    public String fieldId(String field) {
        return "level".equals(field) ? id + "-level" : id + "-" + field;
    }

    public boolean checked(Level option) {
        return level != null && level == option.value();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || theirs != null;
    }

    /**
     * The narrative fields the form asks for: all four for a graded question or an indicator as a whole, a narrative
     * question's own list (its single field labelled as the answer), each marked "(optional)" as GOV.UK marks an
     * optional field when the question need not be answered.
     */
    public List<Narrative> narratives() {
        List<Narrative> all = List.of(
                new Narrative("evidence", "Evidence", "What shows this: data, findings, documents.", evidence),
                new Narrative("strengths", "Strengths", null, strengths),
                new Narrative("areasForImprovement", "Areas for improvement", null, areasForImprovement),
                new Narrative("nextSteps", "Next steps", null, nextSteps));
        if (whole || question.narrativeFields() == null || question.narrativeFields().isEmpty()) {
            return all;
        }
        List<Narrative> asked = all.stream().filter(n -> question.narrativeFields().contains(n.name())).toList();
        String optional = question.optional() ? " (optional)" : "";
        if (question.narrative() && asked.size() == 1) {
            Narrative only = asked.get(0);
            return List.of(new Narrative(only.name(), "Your answer" + optional, null, only.value()));
        }
        return asked.stream().map(n -> new Narrative(n.name(), n.label() + optional, n.hint(), n.value())).toList();
    }

    public record Narrative(String name, String label, String hint, String value) {
    }
}
