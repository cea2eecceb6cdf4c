package scot.quads.rubric.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.Answer;
import scot.quads.rubric.RubricContent;
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
        Progress progress,
        long version,
        List<QuestionAnswer> questions) {

    public record Progress(long answered, int total) {
    }

    public record QuestionAnswer(String themeCode, String indicatorCode, String code, String prompt,
            boolean notApplicableAllowed, AnswerRepresentation answer) {
    }

    static EvaluationRepresentation of(EvaluationView view) {
        List<RubricContent.Placed> placed = view.content().questions();
        List<QuestionAnswer> questions = placed.stream().map(p -> {
            Answer answer = view.answersByQuestion().get(p.question().id);
            return new QuestionAnswer(p.theme().code, p.indicator().code, p.question().code, p.question().prompt,
                    p.question().notApplicableAllowed, answer == null ? null : AnswerRepresentation.of(answer));
        }).toList();
        return new EvaluationRepresentation(
                view.evaluation() == null ? null : view.evaluation().id,
                view.cycle().id, view.cycle().name, view.council().gssCode, view.council().name,
                view.cycle().rubricVersionId, view.cycle().submissionDeadline, view.state(), view.acceptingAnswers(),
                view.evaluation() == null ? null : view.evaluation().submittedAt,
                view.evaluation() == null ? null : view.evaluation().submittedBy,
                new Progress(view.answered(), placed.size()), view.version(), questions);
    }
}
