package scot.quads.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scot.quads.portal.client.RubricApi.AnswerRequest;
import scot.quads.portal.client.ServiceProblem;

/**
 * What is wrong with an answer, in plain English, naming the question and the field as the indicator page labels
 * them ("Evidence for question 1.1.1 must be 10,000 characters or fewer"): checked in the portal first, so that
 * every problem is reported at once and nothing is sent that the service would refuse, then rubric-service's
 * field errors translated for whatever it still refuses.
 */
final class AnswerMessages {

    /** The labels the indicator page gives the answer's fields. */
    static final Map<String, String> LABELS = Map.of(
            "level", "Evaluation level",
            "notApplicable", "Does not apply",
            "notApplicableReason", "Why it does not apply",
            "evidence", "Evidence",
            "strengths", "Strengths",
            "areasForImprovement", "Areas for improvement",
            "nextSteps", "Next steps");

    private static final Pattern SIZE = Pattern.compile("size must be between \\d+ and (\\d+)");

    private AnswerMessages() {
    }

    /** Every problem the portal can see in this attempt, by field; empty when it may be sent. */
    static Map<String, String> check(String question, AnswerRequest attempt, boolean notApplicableAllowed) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean notApplicable = Boolean.TRUE.equals(attempt.notApplicable());
        if (notApplicable && !notApplicableAllowed) {
            errors.put("notApplicable", "Question " + question + " cannot be marked as not applying to your council");
        }
        if (notApplicable && notApplicableAllowed && attempt.level() != null) {
            errors.put("level", "Question " + question + " is marked as not applying, so it cannot also have an "
                    + "evaluation level: untick “This question does not apply” or leave the level out");
        }
        if (notApplicable && notApplicableAllowed && blank(attempt.notApplicableReason())) {
            errors.put("notApplicableReason", "Enter why question " + question + " does not apply to your council");
        }
        tooLong(errors, question, "notApplicableReason", attempt.notApplicableReason());
        tooLong(errors, question, "evidence", attempt.evidence());
        tooLong(errors, question, "strengths", attempt.strengths());
        tooLong(errors, question, "areasForImprovement", attempt.areasForImprovement());
        tooLong(errors, question, "nextSteps", attempt.nextSteps());
        return errors;
    }

    /**
     * The messages for a quality indicator's own answer ({@code whole}) name it as such, not as a question; a
     * question's are left as they are.
     */
    static Map<String, String> forItem(String code, boolean whole, Map<String, String> messages) {
        if (!whole) {
            return messages;
        }
        Map<String, String> named = new LinkedHashMap<>();
        messages.forEach((field, text) -> named.put(field, text
                .replace("Question " + code, "Quality indicator " + code)
                .replace("question " + code, "quality indicator " + code)
                .replace("This question does not apply", "This quality indicator does not apply")));
        return named;
    }

    /** The service's refusal as messages by field, each naming the question and the field's label. */
    static Map<String, String> of(String question, ServiceProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ServiceProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field().replaceFirst("^.*\\.", "");
            errors.putIfAbsent(field, plain(question, field, error.message()));
        }
        return errors;
    }

    /** One of rubric-service's field messages in the page's words. */
    static String plain(String question, String field, String message) {
        String label = LABELS.get(field);
        String text = message == null ? "" : message.strip();
        if (label == null) {
            return "The answer to question " + question + (text.isEmpty() ? " could not be saved" : " " + text);
        }
        Matcher size = SIZE.matcher(text);
        if (size.find()) {
            return label + " for question " + question + " must be "
                    + Labels.count(Long.parseLong(size.group(1))) + " characters or fewer";
        }
        if (text.startsWith("must be a level of the scale")) {
            return "Select an evaluation level for question " + question + " from the scale shown";
        }
        if (text.startsWith("must be empty when the question is marked not applicable")) {
            return "Question " + question + " is marked as not applying, so it cannot also have an evaluation "
                    + "level: untick “This question does not apply” or leave the level out";
        }
        if (text.startsWith("must say why")) {
            return "Enter why question " + question + " does not apply to your council";
        }
        if ("notApplicable".equals(field)) {
            return "Question " + question + " cannot be marked as not applying to your council";
        }
        if (text.startsWith("is not asked for")) {
            return "Question " + question + " does not ask for " + lower(label) + ": leave it empty";
        }
        if (text.startsWith("must not be")) {
            return "Enter " + lower(label) + " for question " + question;
        }
        return label + " for question " + question + (text.isEmpty() ? " is not valid" : " " + text);
    }

    private static void tooLong(Map<String, String> errors, String question, String field, String value) {
        if (value != null && value.length() > QuestionForm.MAX_CHARS) {
            errors.putIfAbsent(field, LABELS.get(field) + " for question " + question + " must be "
                    + Labels.count(QuestionForm.MAX_CHARS) + " characters or fewer (it has "
                    + Labels.count(value.length()) + ")");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
