package scot.quads.quad.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.Action;

/** An action as the quad reads it; {@code overdue} when it is still to be done and its due date has passed. */
public record ActionRepresentation(UUID id, UUID quadId, UUID cycleId, String ownerCouncil, String description,
        List<String> questionCodes, LocalDate dueDate, String status, String statusReason, boolean overdue,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy, int version) {

    static ActionRepresentation of(Action action, LocalDate today) {
        return new ActionRepresentation(action.id, action.quadId, action.cycleId, action.ownerCouncil,
                action.description, action.questionCodes, action.dueDate, action.status, action.statusReason,
                action.pending() && action.dueDate.isBefore(today), action.createdAt, action.createdBy,
                action.updatedAt, action.updatedBy, action.version);
    }
}
