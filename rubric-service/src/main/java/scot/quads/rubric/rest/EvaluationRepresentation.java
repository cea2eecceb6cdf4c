package scot.quads.rubric.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.rubric.Answer;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.Statement;
import scot.quads.rubric.service.EvaluationService;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.rubric.service.EvaluationService.EvaluationView;

/**
 * A council's self-evaluation for a cycle: its state, its progress, and every question of the cycle's rubric
 * version in order with the answer so far (null where there is none).
 */
public record EvaluationRepresentation(
        UUID id,
        UUID cycleId,
        String cycleName,
        String councilCode,
        String councilName,
        UUID rubricVersionId,
        LocalDate submissionDeadline,
        String state,
        boolean acceptingAnswers,
        OffsetDateTime submittedAt,
        String submittedBy,
        Returned returned,
        Progress progress,
        StatementStatus statement,
        long version,
        List<QuestionAnswer> questions) {

    /** Answered out of total, per theme, and the codes of the questions still missing for submission. */
    public record Progress(long answered, int total, List<ThemeProgress> themes, List<String> missing) {
    }

    /**
     * Where the self-evaluative statement stands: whether the cycle requires it, its version (0 while never written),
     * whether it has what submission needs, and whether it still awaits review after being carried forward.
     */
    public record StatementStatus(boolean required, long version, boolean complete, boolean carriedForward,
            List<String> missing) {
    }

    public record ThemeProgress(String code, String title, long answered, int total) {
    }

    /** Why and by whom ADES last returned it for revision; null when it never was. */
    public record Returned(OffsetDateTime at, String by, String reason) {
    }

    public record QuestionAnswer(String themeCode, String indicatorCode, String code, String prompt,
            boolean notApplicableAllowed, List<String> narrativeFields, AnswerRepresentation answer) {
    }

    static EvaluationRepresentation of(EvaluationView view) {
        List<RubricContent.Placed> placed = view.content().questions();
        List<QuestionAnswer> questions = placed.stream().map(p -> {
            Answer answer = view.answersByQuestion().get(p.question().id);
            return new QuestionAnswer(p.theme().code, p.indicator().code, p.question().code, p.question().prompt,
                    p.question().notApplicableAllowed, p.question().narrativeFields, answer == null ? null : AnswerRepresentation.of(answer));
        }).toList();
        Map<String, ThemeProgress> themes = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (RubricContent.Placed p : placed) {
            Answer answer = view.answersByQuestion().get(p.question().id);
            boolean complete = answer != null && answer.isAnswered();
            if (!complete) {
                missing.add(p.question().code);
            }
            themes.merge(p.theme().code, new ThemeProgress(p.theme().code, p.theme().title, complete ? 1 : 0, 1),
                    (a, b) -> new ThemeProgress(a.code(), a.title(), a.answered() + b.answered(),
                            a.total() + b.total()));
        }
        SelfEvaluation evaluation = view.evaluation();
        Returned returned = evaluation == null || evaluation.returnedAt == null ? null
                : new Returned(evaluation.returnedAt, evaluation.returnedBy, evaluation.returnReason);
        return new EvaluationRepresentation(
                view.evaluation() == null ? null : view.evaluation().id,
                view.cycle().id, view.cycle().name, view.council().gssCode, view.council().name,
                view.cycle().rubricVersionId, view.cycle().submissionDeadline, view.state(), view.acceptingAnswers(),
                view.evaluation() == null ? null : view.evaluation().submittedAt,
                view.evaluation() == null ? null : view.evaluation().submittedBy, returned,
                new Progress(view.answered(), placed.size(), List.copyOf(themes.values()), missing),
                statement(view), view.version(), questions);
    }

    private static StatementStatus statement(EvaluationView view) {
        Statement statement = view.statement();
        return new StatementStatus(view.cycle().statementRequired, statement == null ? 0 : statement.version,
                statement != null && statement.isComplete(), statement != null && statement.carriedForward,
                EvaluationService.statementMissing(view.cycle(), statement).stream().map(FieldError::field)
                        .toList());
    }
}
