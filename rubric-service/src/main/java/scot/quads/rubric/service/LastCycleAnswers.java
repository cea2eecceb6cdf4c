package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Council;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.ScaleLevel;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.support.problem.ProblemException;

/**
 * Last cycle beside this one: for each question of a cycle, what the council answered to it in its latest submitted
 * self-evaluation of a cycle that opened earlier, found through question lineage exactly as carrying forward finds
 * it ({@link CarryForward}): a question kept, reworded or split shows its source's answer, a merged one each of its
 * sources' answers, a new one (or one whose source version is not the one before) nothing; and the same for each
 * quality indicator graded as a whole, through the indicator's lineage.
 */
@ApplicationScoped
public class LastCycleAnswers {

    private final PublishedRubrics rubrics;

    public LastCycleAnswers(PublishedRubrics rubrics) {
        this.rubrics = rubrics;
    }

    /**
     * The earlier cycle and, per question code of this cycle, the earlier answers it stems from (in order); and, when
     * both cycles' versions grade each quality indicator as a whole, per indicator code of this cycle the earlier
     * answers it stems from through the indicator's lineage (empty otherwise: levels of another grain do not mean the
     * same).
     */
    public record LastCycle(Cycle cycle, Map<String, List<Earlier>> byQuestion, Map<String, List<Earlier>> byIndicator) {
    }

    /** One earlier answer: its question's code then, its level and the level's name, and its next steps. */
    public record Earlier(String questionCode, Integer level, String levelLabel, boolean notApplicable,
            String nextSteps) {
    }

    /**
     * The council's last submitted cycle before this one and its answers; for one quality indicator of this cycle's
     * version only when {@code indicatorCode} is given (its questions and, graded per indicator, itself; 404 for a
     * code the version does not have), for all of them when it is null.
     */
    @Transactional
    public Optional<LastCycle> of(UUID cycleId, String councilCode, String indicatorCode) {
        Cycle cycle = Cycle.<Cycle>findByIdOptional(cycleId)
                .orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
        Optional<RubricContent> content = rubrics.content(cycle.rubricVersionId);
        if (indicatorCode != null && content.stream().flatMap(c -> c.themes().stream())
                .flatMap(theme -> theme.indicators().stream())
                .noneMatch(node -> node.indicator().code.equals(indicatorCode))) {
            throw ProblemException.notFound("Quality indicator", indicatorCode);
        }
        Council council = Council.findByCode(councilCode)
                .orElseThrow(() -> ProblemException.notFound("Council", councilCode));
        Optional<Map.Entry<Cycle, SelfEvaluation>> latest = SelfEvaluation
                .<SelfEvaluation>list("councilCode = ?1 and state = ?2", council.gssCode, SelfEvaluation.SUBMITTED)
                .stream()
                .map(evaluation -> Map.entry(Cycle.<Cycle>findById(evaluation.cycleId), evaluation))
                .filter(entry -> entry.getKey() != null && opensBefore(entry.getKey(), cycle))
                .max(Comparator.comparing((Map.Entry<Cycle, SelfEvaluation> entry) -> entry.getKey().opensOn));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Cycle from = latest.get().getKey();
        Map<UUID, Answer> answers = Answer.ofEvaluation(latest.get().getValue()).stream()
                .collect(Collectors.toMap(Answer::itemId, Function.identity()));
        Optional<RubricContent> earlierContent = rubrics.content(from.rubricVersionId);
        Set<UUID> earlierQuestions = earlierContent.stream().flatMap(c -> c.questions().stream())
                .map(placed -> placed.question().id).collect(Collectors.toSet());
        Map<Integer, String> labels = earlierContent.stream().flatMap(c -> c.scale().stream())
                .collect(Collectors.toMap(level -> level.value, level -> level.label, (a, b) -> a));
        Map<String, List<Earlier>> byQuestion = new LinkedHashMap<>();
        // In the order councils see the questions (a question's position counts within its indicator only).
        List<Question> inOrder = content.map(c -> c.questions().stream()
                .filter(placed -> indicatorCode == null || placed.indicator().code.equals(indicatorCode))
                .map(RubricContent.Placed::question).toList()).orElse(List.of());
        for (CarryForward.Step step : CarryForward.plan(inOrder, from.rubricVersionId, earlierQuestions)) {
            byQuestion.put(step.question().code, earlier(step.sources(), answers, labels));
        }
        return Optional.of(new LastCycle(from, byQuestion,
                byIndicator(cycle, from, content, earlierContent, indicatorCode, answers, labels)));
    }

    /**
     * Per indicator graded as a whole in both versions, the earlier answers it stems from through the indicator's
     * lineage, as carrying forward finds them: the source's for one kept, reworded or split, each source's for one
     * merged, none for a new one.
     */
    private static Map<String, List<Earlier>> byIndicator(Cycle cycle, Cycle from, Optional<RubricContent> content,
            Optional<RubricContent> earlierContent, String indicatorCode, Map<UUID, Answer> answers,
            Map<Integer, String> labels) {
        FrameworkVersion version = FrameworkVersion.findById(cycle.rubricVersionId);
        FrameworkVersion previous = FrameworkVersion.findById(from.rubricVersionId);
        Map<String, List<Earlier>> byIndicator = new LinkedHashMap<>();
        if (version == null || previous == null || !version.gradedPerIndicator() || !previous.gradedPerIndicator()) {
            return byIndicator;
        }
        Set<UUID> earlierIndicators = earlierContent.stream().flatMap(c -> c.indicators().stream())
                .map(indicator -> indicator.id).collect(Collectors.toSet());
        // In the order councils see them (an indicator's position counts within its theme only).
        List<Indicator> inOrder = content.map(c -> c.indicators().stream()
                .filter(indicator -> indicatorCode == null || indicator.code.equals(indicatorCode)).toList())
                .orElse(List.of());
        for (CarryForward.IndicatorStep step : CarryForward.planIndicators(inOrder, from.rubricVersionId,
                earlierIndicators)) {
            byIndicator.put(step.indicator().code, earlier(step.sources(), answers, labels));
        }
        return byIndicator;
    }

    /** The complete answers among these sources', in order. */
    private static List<Earlier> earlier(List<UUID> sources, Map<UUID, Answer> answers, Map<Integer, String> labels) {
        List<Earlier> earlier = new ArrayList<>();
        for (UUID source : sources) {
            Answer answer = answers.get(source);
            if (answer != null && answer.isComplete()) {
                earlier.add(new Earlier(answer.questionCode, answer.notApplicable ? null : answer.level,
                        answer.notApplicable || answer.level == null ? null : labels.get(answer.level),
                        answer.notApplicable, answer.nextSteps));
            }
        }
        return List.copyOf(earlier);
    }

    private static boolean opensBefore(Cycle earlier, Cycle cycle) {
        return earlier.opensOn != null && cycle.opensOn != null && earlier.opensOn.isBefore(cycle.opensOn);
    }
}
