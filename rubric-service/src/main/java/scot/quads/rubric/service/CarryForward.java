package scot.quads.rubric.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.Question;

/**
 * How last cycle's answers map onto this cycle's questions, through question lineage: the same version maps each
 * question to itself; otherwise {@code same} and {@code reworded} copy their source's answer, each question
 * {@code split-from} one copies it too, {@code merged-from} stays empty with a note (no single answer fits), and
 * {@code new} stays empty.
 */
public final class CarryForward {

    private CarryForward() {
    }

    public enum Kind { COPY, NOTE, EMPTY }

    /** What happens to one question; {@code source} is the previous version's question copied or noted. */
    public record Step(Question question, Kind kind, UUID source) {
    }

    public static List<Step> plan(List<Question> questions, UUID previousVersionId, Set<UUID> previousQuestionIds) {
        return questions.stream().map(question -> step(question, previousVersionId, previousQuestionIds)).toList();
    }

    private static Step step(Question question, UUID previousVersionId, Set<UUID> previousQuestionIds) {
        if (question.versionId != null && question.versionId.equals(previousVersionId)) {
            return new Step(question, Kind.COPY, question.id);
        }
        Lineage lineage = question.lineage == null ? null : Lineage.fromWire(question.lineage).orElse(null);
        UUID source = question.derivedFromQuestionId;
        if (lineage == null || source == null || !previousQuestionIds.contains(source)) {
            return new Step(question, Kind.EMPTY, null);
        }
        return switch (lineage) {
            case SAME, REWORDED, SPLIT_FROM -> new Step(question, Kind.COPY, source);
            case MERGED_FROM -> new Step(question, Kind.NOTE, source);
            case NEW -> new Step(question, Kind.EMPTY, null);
        };
    }
}
