package scot.quads.rubric.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.RubricVersionV1;
import scot.quads.contract.payload.SelfEvaluationRecalledV1;
import scot.quads.contract.payload.SelfEvaluationReturnedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.Statement;

/** Maps this service's entities to the payloads other services receive. */
public final class RubricEvents {

    private RubricEvents() {
    }

    /**
     * The published version with each question's and each indicator's lineage to the version it was based on and the
     * codes of its sources there ({@code previousCodes}: question or indicator id to its code in that version).
     * Questions and indicators of a version based on none are {@code new}.
     */
    public static RubricVersionPublishedV1 published(RubricContent content, Map<UUID, String> previousCodes) {
        boolean based = content.version().derivedFromVersionId != null;
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
                                                        q.notApplicableAllowed,
                                                        based && q.lineage != null ? q.lineage : "new",
                                                        based ? q.sourceIds().stream().map(previousCodes::get)
                                                                .filter(Objects::nonNull).toList() : List.of(),
                                                        q.kind.wire(), q.required))
                                                .toList(),
                                        content.version().gradedPerIndicator()
                                                ? indicator.indicator().notApplicableAllowed : null,
                                        based && indicator.indicator().lineage != null
                                                ? indicator.indicator().lineage : "new",
                                        based ? indicator.indicator().sourceIds().stream().map(previousCodes::get)
                                                .filter(Objects::nonNull).toList() : List.of()))
                                .toList()))
                .toList();
        return new RubricVersionPublishedV1(content.version().id, content.framework().code,
                content.framework().title, content.version().number, content.version().label, scale, themes,
                content.version().derivedFromVersionId, content.version().gradingGrain.wire());
    }

    /** A version's place in its life, as drafted or retired. */
    public static RubricVersionV1 version(FrameworkVersion version, String frameworkCode, String by,
            OffsetDateTime at) {
        return new RubricVersionV1(version.id, frameworkCode, version.number, version.label, version.status.wire(),
                version.derivedFromVersionId, by, at);
    }

    public static CycleV1 cycle(Cycle cycle) {
        return new CycleV1(cycle.id, cycle.name, cycle.rubricVersionId, cycle.opensOn, cycle.submissionDeadline,
                cycle.revealRule.wire(), cycle.state);
    }

    /**
     * The submitted evaluation with its answers in the order of the questions, its answers to quality indicators as
     * a whole (graded per indicator; none otherwise), and its statement if it has one.
     */
    public static SelfEvaluationSubmittedV1 submitted(SelfEvaluation evaluation, Cycle cycle, List<Answer> answers,
            List<Answer> indicatorAnswers, Statement statement) {
        return new SelfEvaluationSubmittedV1(evaluation.id, evaluation.cycleId, evaluation.councilCode,
                cycle.rubricVersionId, evaluation.submittedAt, evaluation.submittedBy,
                answers.stream().map(RubricEvents::answer).toList(), statement == null ? null : statement(statement),
                indicatorAnswers.stream().map(a -> new SelfEvaluationSubmittedV1.IndicatorAnswer(a.questionCode,
                        a.level, a.notApplicable, a.notApplicableReason, a.evidence, a.strengths,
                        a.areasForImprovement, a.nextSteps)).toList());
    }

    private static SelfEvaluationSubmittedV1.Statement statement(Statement statement) {
        return new SelfEvaluationSubmittedV1.Statement(statement.context, statement.orderedSwot().stream()
                .map(item -> new SelfEvaluationSubmittedV1.SwotItem(item.id(), item.kind(), item.text(),
                        item.priority(), item.indicators(), item.questions(), item.contextIndicators()))
                .toList(), statement.summary);
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
