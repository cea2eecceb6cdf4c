package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A council's self-evaluation as submitted, with every answer and its self-evaluative statement (null when it wrote
 * none; added after the first release, so older events lack it), tied to the rubric version it answered. In a
 * version graded per quality indicator the levels are in {@code indicatorAnswers} (one per indicator) and every
 * question's answer in {@code answers} is narrative (no level); events from before grains lack the list (read as
 * empty). A narrative question's answer carries no level and is not "not applicable".
 */
public record SelfEvaluationSubmittedV1(
        UUID evaluationId,
        UUID cycleId,
        String councilCode,
        UUID rubricVersionId,
        OffsetDateTime submittedAt,
        String submittedBy,
        List<Answer> answers,
        Statement statement,
        List<IndicatorAnswer> indicatorAnswers) {

    public SelfEvaluationSubmittedV1 {
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(councilCode, "councilCode");
        answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
        indicatorAnswers = indicatorAnswers == null ? List.of() : List.copyOf(indicatorAnswers);
    }

    /** A submission of a version graded per question (no answers to indicators as a whole). */
    public SelfEvaluationSubmittedV1(UUID evaluationId, UUID cycleId, String councilCode, UUID rubricVersionId,
            OffsetDateTime submittedAt, String submittedBy, List<Answer> answers, Statement statement) {
        this(evaluationId, cycleId, councilCode, rubricVersionId, submittedAt, submittedBy, answers, statement,
                List.of());
    }

    /** A submission without a statement. */
    public SelfEvaluationSubmittedV1(UUID evaluationId, UUID cycleId, String councilCode, UUID rubricVersionId,
            OffsetDateTime submittedAt, String submittedBy, List<Answer> answers) {
        this(evaluationId, cycleId, councilCode, rubricVersionId, submittedAt, submittedBy, answers, null);
    }

    /** The council's context, its SWOT (strengths, weaknesses, opportunities, threats, each by priority), a summary. */
    public record Statement(String context, List<SwotItem> swot, String summary) {

        public Statement {
            swot = swot == null ? List.of() : List.copyOf(swot);
        }
    }

    /** One SWOT item with the quality indicators, questions and context indicators it relates to (codes). */
    public record SwotItem(UUID id, String kind, String text, int priority, List<String> indicators,
            List<String> questions, List<String> contextIndicators) {

        public SwotItem {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            questions = questions == null ? List.of() : List.copyOf(questions);
            contextIndicators = contextIndicators == null ? List.of() : List.copyOf(contextIndicators);
        }
    }

    /**
     * One quality indicator's answer as a whole, in a version graded per indicator: a level on the version's scale,
     * or not applicable with a reason, and the narrative behind it.
     */
    public record IndicatorAnswer(
            String indicatorCode,
            Integer level,
            boolean notApplicable,
            String notApplicableReason,
            String evidence,
            String strengths,
            String areasForImprovement,
            String nextSteps) {

        public IndicatorAnswer {
            Objects.requireNonNull(indicatorCode, "indicatorCode");
        }
    }

    /**
     * One question's answer: a level on the version's scale, or not applicable with a reason; for a narrative
     * question, its text only.
     */
    public record Answer(
            String questionCode,
            Integer level,
            boolean notApplicable,
            String notApplicableReason,
            String evidence,
            String strengths,
            String areasForImprovement,
            String nextSteps) {

        public Answer {
            Objects.requireNonNull(questionCode, "questionCode");
        }
    }
}
