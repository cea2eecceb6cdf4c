package scot.quads.rubric.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.rubric.service.LastCycleAnswers.Earlier;
import scot.quads.rubric.service.LastCycleAnswers.LastCycle;

/**
 * The council's answers in its last submitted cycle, per question of this cycle (through lineage) and, when both
 * cycles' versions grade each quality indicator as a whole, per indicator of this cycle (through the indicator's
 * lineage: one earlier answer, several for a merged indicator, none for a new one). {@code cycleId} and
 * {@code cycleName} are null, and the lists empty, when the council submitted no earlier cycle; {@code indicators} is
 * empty unless both versions are graded per indicator.
 */
public record LastCycleRepresentation(UUID cycleId, String cycleName, List<QuestionEntry> questions,
        List<QuestionEntry> indicators) {

    /**
     * A question (or indicator) of this cycle and the earlier answers it stems from: one, several (merged) or none
     * (new).
     */
    public record QuestionEntry(String code, List<Earlier> earlier) {
    }

    static LastCycleRepresentation of(Optional<LastCycle> last) {
        if (last.isEmpty()) {
            return new LastCycleRepresentation(null, null, List.of(), List.of());
        }
        return new LastCycleRepresentation(last.get().cycle().id, last.get().cycle().name,
                last.get().byQuestion().entrySet().stream()
                        .map(entry -> new QuestionEntry(entry.getKey(), entry.getValue())).toList(),
                last.get().byIndicator().entrySet().stream()
                        .map(entry -> new QuestionEntry(entry.getKey(), entry.getValue())).toList());
    }
}
