package scot.quads.rubric.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.Cycle;

/** A cycle as the API shows it. */
public record CycleRepresentation(UUID id, String name, UUID rubricVersionId, LocalDate opensOn,
        LocalDate submissionDeadline, LocalDate closesOn, String revealRule, List<Integer> reminderDays,
        boolean statementRequired, String state, OffsetDateTime createdAt, String createdBy, long version) {

    static CycleRepresentation of(Cycle cycle) {
        return new CycleRepresentation(cycle.id, cycle.name, cycle.rubricVersionId, cycle.opensOn,
                cycle.submissionDeadline, cycle.closesOn, cycle.revealRule.wire(), cycle.reminderDays, cycle.statementRequired, cycle.state, cycle.createdAt,
                cycle.createdBy, cycle.version);
    }
}
