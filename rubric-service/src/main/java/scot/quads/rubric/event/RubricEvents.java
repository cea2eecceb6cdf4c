package scot.quads.rubric.event;

import java.util.List;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.SelfEvaluationRecalledV1;
import scot.quads.contract.payload.SelfEvaluationReturnedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.SelfEvaluation;

/** Maps this service's entities to the payloads other services receive. */
public final class RubricEvents {

    private RubricEvents() {
    }

    public static RubricVersionPublishedV1 published(RubricContent content) {
        List<RubricVersionPublishedV1.Level> scale = content.scale().stream()
                .map(level -> new RubricVersionPublishedV1.Level(level.value, level.label, level.descriptor))
                .toList();
        List<RubricVersionPublishedV1.Theme> themes = content.themes().stream()
                .map(theme -> new RubricVersionPublishedV1.Theme(theme.theme().code, theme.theme().title,
                        theme.indicators().stream()
                                .map(indicator -> new RubricVersionPublishedV1.Indicator(indicator.indicator().code,
                                        indicator.indicator().title,
                                        indicator.questions().stream()
                                                .map(q -> new RubricVersionPublishedV1.Question(q.code, q.prompt,
                                                        q.notApplicableAllowed))
                                                .toList()))
                                .toList()))
                .toList();
        return new RubricVersionPublishedV1(content.version().id, content.framework().code,
                content.framework().title, content.version().number, content.version().label, scale, themes);
    }

    public static CycleV1 cycle(Cycle cycle) {
        return new CycleV1(cycle.id, cycle.name, cycle.rubricVersionId, cycle.opensOn, cycle.submissionDeadline,
                cycle.revealRule.wire(), cycle.state);
    }

    /** The submitted evaluation with its answers in the order of the questions. */
    public static SelfEvaluationSubmittedV1 submitted(SelfEvaluation evaluation, Cycle cycle, List<Answer> answers) {
        return new SelfEvaluationSubmittedV1(evaluation.id, evaluation.cycleId, evaluation.councilCode,
                cycle.rubricVersionId, evaluation.submittedAt, evaluation.submittedBy,
                answers.stream().map(RubricEvents::answer).toList());
    }

    public static SelfEvaluationReturnedV1 returned(SelfEvaluation evaluation) {
        return new SelfEvaluationReturnedV1(evaluation.id, evaluation.cycleId, evaluation.councilCode,
                evaluation.returnedAt, evaluation.returnedBy, evaluation.returnReason);
    }

    public static SelfEvaluationRecalledV1 recalled(SelfEvaluation evaluation, String by) {
        return new SelfEvaluationRecalledV1(evaluation.id, evaluation.cycleId, evaluation.councilCode,
                evaluation.updatedAt, by);
    }

    public static CycleDeadlineV1 deadline(Cycle cycle, int daysLeft, List<String> councilsNotSubmitted) {
        return new CycleDeadlineV1(cycle.id, cycle.name, cycle.submissionDeadline, daysLeft, councilsNotSubmitted);
    }

    private static SelfEvaluationSubmittedV1.Answer answer(Answer answer) {
        return new SelfEvaluationSubmittedV1.Answer(answer.questionCode, answer.level, answer.notApplicable,
                answer.notApplicableReason, answer.evidence, answer.strengths, answer.areasForImprovement,
                answer.nextSteps);
    }
}
