package scot.quads.portal.web;

import java.util.List;
import java.util.Map;

import scot.quads.portal.client.RubricApi.Answer;
import scot.quads.portal.client.RubricApi.AnswerRequest;
import scot.quads.portal.client.RubricApi.Level;
import scot.quads.portal.client.RubricApi.Question;

/**
 * One question's form on an indicator page: the question, the answer as saved (or as the user just typed it when
 * a save failed), the version the next save sends in If-Match, and what went wrong with this one, if anything.
 */
public record QuestionForm(Question question, String id, Integer level, boolean notApplicable,
        String notApplicableReason, String evidence, String strengths, String areasForImprovement, String nextSteps,
        long version, Answer saved, Map<String, String> errors, Answer theirs) {

    /** The longest narrative the rubric-service accepts. */
    public static final int MAX_CHARS = 10_000;

    public static QuestionForm of(Question question, Answer saved) {
        return saved == null
                ? new QuestionForm(question, Labels.domId(question.code()), null, false, null, null, null, null,
                        null, 0, null, Map.of(), null)
                : new QuestionForm(question, Labels.domId(question.code()), saved.level(), saved.notApplicable(),
                        saved.notApplicableReason(), saved.evidence(), saved.strengths(),
                        saved.areasForImprovement(), saved.nextSteps(), saved.version(), saved, Map.of(), null);
    }

    /** The user's words kept after a failed save, with the errors to show beside the fields. */
    public QuestionForm withAttempt(AnswerRequest attempt, long version, Map<String, String> errors, Answer theirs) {
        return new QuestionForm(question, id, attempt.level(), Boolean.TRUE.equals(attempt.notApplicable()),
                attempt.notApplicableReason(), attempt.evidence(), attempt.strengths(),
                attempt.areasForImprovement(), attempt.nextSteps(), version, saved, errors, theirs);
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

    public List<Narrative> narratives() {
        return List.of(
                new Narrative("evidence", "Evidence", "What shows this: data, findings, documents.", evidence),
                new Narrative("strengths", "Strengths", null, strengths),
                new Narrative("areasForImprovement", "Areas for improvement", null, areasForImprovement),
                new Narrative("nextSteps", "Next steps", null, nextSteps));
    }

    public record Narrative(String name, String label, String hint, String value) {
    }
}
