package scot.quads.rubric.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Question;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.Statement;
import scot.quads.rubric.service.Completion;
import scot.quads.rubric.service.EvaluationService;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
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
        String gradingGrain,
        LocalDate submissionDeadline,
        String state,
        boolean acceptingAnswers,
        OffsetDateTime submittedAt,
        String submittedBy,
        Returned returned,
        Progress progress,
        StatementStatus statement,
        long version,
        List<IndicatorAnswer> indicators,
        List<QuestionAnswer> questions) {

    /**
     * Answered out of total, per theme, and the codes of the items (questions, and in a version graded per quality
     * indicator the indicators) still missing for submission: one rule with the submit's.
     */
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

    /**
     * A question with the council's answer. {@code kind}: {@code graded} (a level, or not applicable with a reason)
     * or {@code narrative} (text only); {@code required}: whether submission needs it answered.
     */
    public record QuestionAnswer(String themeCode, String indicatorCode, String code, String prompt,
            boolean notApplicableAllowed, List<String> narrativeFields, String kind, boolean required,
            AnswerRepresentation answer) {
    }

    /** A quality indicator graded as a whole (only in a version graded per indicator) with the council's answer. */
    public record IndicatorAnswer(String themeCode, String code, String title, boolean notApplicableAllowed,
            List<String> narrativeFields, AnswerRepresentation answer) {
    }

    static EvaluationRepresentation of(EvaluationView view) {
        return of(view, null, false);
    }

    /**
     * As {@link #of(EvaluationView)}, but with only one quality indicator's questions (and, graded per indicator, its
     * own answer) when {@code indicatorCode} is given: state, progress and the missing list stay the whole
     * evaluation's. 404 for a code the cycle's version does not have. With {@code pendingOnly}, only the items
     * the submit rule still counts as missing are listed (those unanswered, and those carried forward and not yet
     * confirmed).
     */
    static EvaluationRepresentation of(EvaluationView view, String indicatorCode, boolean pendingOnly) {
        if (indicatorCode != null && view.content().themes().stream().flatMap(t -> t.indicators().stream())
                .noneMatch(node -> node.indicator().code.equals(indicatorCode))) {
            throw ProblemException.notFound("Quality indicator", indicatorCode);
        }
        List<Completion.Item> items = view.items();
        Completion.Tally tally = Completion.tally(items, view.answersByQuestion());
        Set<String> missingCodes = tally.missing().stream().map(m -> m.item().code()).collect(Collectors.toSet());
        Predicate<String> listed = code -> !pendingOnly || missingCodes.contains(code);
        List<RubricContent.Placed> placed = view.content().questions();
        List<QuestionAnswer> questions = placed.stream()
                .filter(p -> indicatorCode == null || p.indicator().code.equals(indicatorCode))
                .filter(p -> listed.test(p.question().code))
                .map(p -> {
            Answer answer = view.answersByQuestion().get(p.question().id);
            return new QuestionAnswer(p.theme().code, p.indicator().code, p.question().code, p.question().prompt,
                    p.question().notApplicableAllowed, p.question().narrativeFields, p.question().kind.wire(),
                    Completion.of(p.theme(), p.indicator(), p.question()).required(),
                    answer == null ? null : AnswerRepresentation.of(answer));
        }).toList();
        List<IndicatorAnswer> indicators = items.stream().filter(Completion.Item::isIndicator)
                .filter(item -> indicatorCode == null || item.code().equals(indicatorCode))
                .filter(item -> listed.test(item.code()))
                .map(item -> {
            Answer answer = view.answersByQuestion().get(item.id());
            return new IndicatorAnswer(item.theme().code, item.code(), item.indicator().title,
                    item.indicator().notApplicableAllowed, Question.NARRATIVE_FIELDS,
                    answer == null ? null : AnswerRepresentation.of(answer));
        }).toList();
        Map<String, ThemeProgress> themes = new LinkedHashMap<>();
        for (Completion.Item item : items) {
            Completion.Standing standing = Completion.standing(item, view.answersByQuestion().get(item.id()));
            boolean counted = item.required() || standing == Completion.Standing.TO_CONFIRM;
            boolean answered = item.required() && standing == Completion.Standing.ANSWERED;
            themes.merge(item.theme().code, new ThemeProgress(item.theme().code, item.theme().title,
                    answered ? 1 : 0, counted ? 1 : 0), (a, b) -> new ThemeProgress(a.code(), a.title(),
                            a.answered() + b.answered(), a.total() + b.total()));
        }
        List<String> missing = tally.missing().stream().map(m -> m.item().code()).toList();
        SelfEvaluation evaluation = view.evaluation();
        Returned returned = evaluation == null || evaluation.returnedAt == null ? null
                : new Returned(evaluation.returnedAt, evaluation.returnedBy, evaluation.returnReason);
        return new EvaluationRepresentation(
                view.evaluation() == null ? null : view.evaluation().id,
                view.cycle().id, view.cycle().name, view.council().gssCode, view.council().name,
                view.cycle().rubricVersionId, view.content().version().gradingGrain.wire(),
                view.cycle().submissionDeadline, view.state(), view.acceptingAnswers(),
                view.evaluation() == null ? null : view.evaluation().submittedAt,
                view.evaluation() == null ? null : view.evaluation().submittedBy, returned,
                new Progress(tally.answered(), (int) tally.total(), List.copyOf(themes.values()), missing),
                statement(view), view.version(), indicators, questions);
    }

    private static StatementStatus statement(EvaluationView view) {
        Statement statement = view.statement();
        return new StatementStatus(view.cycle().statementRequired, statement == null ? 0 : statement.version,
                statement != null && statement.isComplete(), statement != null && statement.carriedForward,
                EvaluationService.statementMissing(view.cycle(), statement).stream().map(FieldError::field)
                        .toList());
    }
}
