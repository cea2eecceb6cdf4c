package scot.quads.portal.web;

import java.util.ArrayList;
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

    /**
     * The scale's levels as this form's radios, each with everything its markup needs, so that the page's loop over
     * them reads nothing from outside itself (a name from an enclosing loop is looked up through every value resolver
     * of the portal at each level out: most of the indicator page's rendering time in bench/run's profile).
     */
    public List<Choice> choices(List<Level> scale, boolean accepting) {
        List<Choice> choices = new ArrayList<>(scale.size());
        for (int i = 0; i < scale.size(); i++) {
            Level option = scale.get(i);
            choices.add(new Choice(id + "-level" + (i > 0 ? "-" + option.value() : ""),
                    id + "-level-" + option.value() + "-hint", option.value(), option.label(), option.descriptor(),
                    checked(option), !accepting));
        }
        return choices;
    }

    /** One level as a radio of this form: its input's and hint's ids, the level, and whether it is chosen. */
    public record Choice(String inputId, String hintId, int value, String label, String descriptor, boolean checked,
            boolean disabled) {
    }

    /** The narratives as this form's text areas, each with its id, value and error (see {@link #choices}). */
    public List<NarrativeField> fields(boolean accepting) {
        return narratives().stream().map(n -> new NarrativeField(n.name(), id + "-" + n.name(), n.label(), n.hint(),
                n.value(), errors.get(n.name()), !accepting)).toList();
    }

    /** One narrative's text area: {@code id} is the textarea's; its hint, error and count take it as their prefix. */
    public record NarrativeField(String name, String id, String label, String hint, String value, String error,
            boolean disabled) {
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
