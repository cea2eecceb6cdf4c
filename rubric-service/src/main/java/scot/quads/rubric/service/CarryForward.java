package scot.quads.rubric.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.Question;

/**
 * How last cycle's answers map onto this cycle's questions, through question lineage: the same version maps each
 * question to itself; otherwise {@code same} and {@code reworded} copy their source's answer, each question
 * {@code split-from} one copies it too, and {@code new} stays empty. A question {@code merged-from} several is
 * carried forward only when its sources agree: every source answered, all with the same level (or all not
 * applicable); it then takes that level and each narrative joined from its sources, each part headed by its source's
 * code. When they disagree, one is unanswered, or a joined narrative would exceed the length limit, it stays empty
 * with a note, because no single answer fits: the council assesses it afresh. In a version graded per quality
 * indicator an indicator's answer (level, evidence, strengths, areas for improvement, next steps) follows the
 * indicator's lineage by exactly these rules.
 */
public final class CarryForward {

    private CarryForward() {
    }

    public enum Kind { COPY, MERGE, EMPTY }

    /** What happens to one question; {@code sources} are the previous version's questions it takes from. */
    public record Step(Question question, Kind kind, List<UUID> sources) {
    }

    /** What happens to one quality indicator's answer; {@code sources} are the previous version's indicators. */
    public record IndicatorStep(Indicator indicator, Kind kind, List<UUID> sources) {
    }

    /** A merged question's answer from agreeing sources. */
    public record Merged(Integer level, boolean notApplicable, String notApplicableReason, String evidence,
            String strengths, String areasForImprovement, String nextSteps) {
    }

    public static List<Step> plan(List<Question> questions, UUID previousVersionId, Set<UUID> previousQuestionIds) {
        return questions.stream().map(question -> step(question, previousVersionId, previousQuestionIds)).toList();
    }

    /** As {@link #plan} for questions: each indicator of this version with where its answer comes from. */
    public static List<IndicatorStep> planIndicators(List<Indicator> indicators, UUID previousVersionId,
            Set<UUID> previousIndicatorIds) {
        return indicators.stream().map(indicator -> {
            Source source = source(indicator.versionId, indicator.id, indicator.lineage, indicator.sourceIds(),
                    previousVersionId, previousIndicatorIds);
            return new IndicatorStep(indicator, source.kind(), source.sources());
        }).toList();
    }

    private static Step step(Question question, UUID previousVersionId, Set<UUID> previousQuestionIds) {
        Source source = source(question.versionId, question.id, question.lineage, question.sourceIds(),
                previousVersionId, previousQuestionIds);
        return new Step(question, source.kind(), source.sources());
    }

    private record Source(Kind kind, List<UUID> sources) {
    }

    /** The one rule for a question or an indicator: its own answer in the same version, else through lineage. */
    private static Source source(UUID versionId, UUID id, String lineageWire, List<UUID> sources,
            UUID previousVersionId, Set<UUID> previousIds) {
        if (versionId != null && versionId.equals(previousVersionId)) {
            return new Source(Kind.COPY, List.of(id));
        }
        Lineage lineage = lineageWire == null ? null : Lineage.fromWire(lineageWire).orElse(null);
        if (lineage == null || sources.isEmpty() || !previousIds.containsAll(sources)) {
            return new Source(Kind.EMPTY, List.of());
        }
        return switch (lineage) {
            case SAME, REWORDED, SPLIT_FROM -> new Source(Kind.COPY, List.of(sources.get(0)));
            case MERGED_FROM -> new Source(Kind.MERGE, sources);
            case NEW -> new Source(Kind.EMPTY, List.of());
        };
    }

    /**
     * The answer a merged question takes from its sources' answers (in source order, null where unanswered), or
     * empty when they do not agree or a joined narrative would be longer than {@code maxLength}.
     */
    public static Optional<Merged> merge(List<Answer> sources, int maxLength) {
        if (sources.isEmpty() || sources.stream().anyMatch(a -> a == null || !a.isComplete())) {
            return Optional.empty();
        }
        Answer first = sources.get(0);
        boolean agree = sources.stream().allMatch(a -> a.notApplicable == first.notApplicable
                && Objects.equals(a.level, first.level));
        if (!agree) {
            return Optional.empty();
        }
        List<String> joined = new ArrayList<>();
        for (Function<Answer, String> field : List.<Function<Answer, String>>of(a -> a.notApplicableReason,
                a -> a.evidence, a -> a.strengths, a -> a.areasForImprovement, a -> a.nextSteps)) {
            String text = join(sources, field);
            if (text != null && text.length() > maxLength) {
                return Optional.empty();
            }
            joined.add(text);
        }
        return Optional.of(new Merged(first.level, first.notApplicable, joined.get(0), joined.get(1), joined.get(2),
                joined.get(3), joined.get(4)));
    }

    /** Each source's text headed by its code ("1.1.3: ..."), blank line between; null when all are empty. */
    private static String join(List<Answer> sources, Function<Answer, String> field) {
        List<String> parts = new ArrayList<>();
        for (Answer answer : sources) {
            String text = field.apply(answer);
            if (text != null && !text.isBlank()) {
                parts.add(answer.questionCode + ": " + text);
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }
}
