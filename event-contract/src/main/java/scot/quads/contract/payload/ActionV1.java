package scot.quads.contract.payload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An action a quad agreed, as it stands after the change the event reports. {@code status} is one of {@code open},
 * {@code in-progress}, {@code done}, {@code dropped}; {@code previousStatus} is set on a status change, and
 * {@code statusReason} says why an action was dropped.
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
        OffsetDateTime changedAt) {

    public ActionV1 {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(quadId, "quadId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(ownerCouncilCode, "ownerCouncilCode");
        Objects.requireNonNull(status, "status");
        questionCodes = questionCodes == null ? List.of() : List.copyOf(questionCodes);
    }
}
