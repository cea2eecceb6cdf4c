package scot.quads.contract.payload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An action a quad agreed, as it stands after the change the event reports. {@code status} is one of {@code open},
 * {@code in-progress}, {@code done}, {@code dropped}; {@code previousStatus} is set on a status change, and
 * {@code statusReason} says why an action was dropped. Added later, so null in events written before them: the
 * accountable officer ({@code officerName}, {@code officerRole}), the {@code successMeasure} with its
 * {@code baseline} and {@code target}, the LGBF indicator it follows ({@code indicatorCode}) and the findings report's
 * next step it serves ({@code nextStepId}); and, on a follow-up reminder, the follow-up point ({@code followUpOn}) by
 * which the owner records the action's progress.
 */
public record ActionV1(
        UUID actionId,
        UUID quadId,
        UUID cycleId,
        String ownerCouncilCode,
        String description,
        List<String> questionCodes,
        LocalDate dueDate,
        String status,
        String previousStatus,
        String statusReason,
        String changedBy,
        OffsetDateTime changedAt,
        String officerName,
        String officerRole,
        String successMeasure,
        String baseline,
        String target,
        String indicatorCode,
        UUID nextStepId,
        LocalDate followUpOn) {

    /** An action without the improvement plan's fields, as events were written before they existed. */
    public ActionV1(UUID actionId, UUID quadId, UUID cycleId, String ownerCouncilCode, String description,
            List<String> questionCodes, LocalDate dueDate, String status, String previousStatus, String statusReason,
            String changedBy, OffsetDateTime changedAt) {
        this(actionId, quadId, cycleId, ownerCouncilCode, description, questionCodes, dueDate, status, previousStatus,
                statusReason, changedBy, changedAt, null, null, null, null, null, null, null, null);
    }

    public ActionV1 {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(quadId, "quadId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(ownerCouncilCode, "ownerCouncilCode");
        Objects.requireNonNull(status, "status");
        questionCodes = questionCodes == null ? List.of() : List.copyOf(questionCodes);
    }
}
