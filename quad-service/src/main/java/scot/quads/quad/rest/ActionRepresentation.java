package scot.quads.quad.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.Action;

/**
 * An action as the quad reads it; {@code overdue} when it is still to be done and its due date has passed. The
 * improvement plan's fields are null where the action has none; an indicator's value is the latest authority-service
 * held for the owner when the indicator was chosen (its period named; null when it held none).
 */
public record ActionRepresentation(UUID id, UUID quadId, UUID cycleId, String ownerCouncil, String description,
        List<String> questionCodes, LocalDate dueDate, String status, String statusReason, boolean overdue,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy, int version,
        String officerName, String officerRole, String successMeasure, String baseline, String target,
        String indicatorCode, String indicatorTitle, String indicatorUnit,
        @Schema(description = "The period of the indicator's latest value", example = "2024-25") String indicatorPeriod,
        Double indicatorValue,
        UUID nextStepId,
        @Schema(description = "The next step's text as it read when the action was linked to it") String nextStepText) {

    static ActionRepresentation of(Action action, LocalDate today) {
        return new ActionRepresentation(action.id, action.quadId, action.cycleId, action.ownerCouncil,
                action.description, action.questionCodes, action.dueDate, action.status, action.statusReason,
                action.pending() && action.dueDate.isBefore(today), action.createdAt, action.createdBy,
                action.updatedAt, action.updatedBy, action.version, action.officerName, action.officerRole,
                action.successMeasure, action.baseline, action.target, action.indicatorCode, action.indicatorTitle,
                action.indicatorUnit, action.indicatorPeriod, action.indicatorValue, action.nextStepId,
                action.nextStepText);
    }
}
