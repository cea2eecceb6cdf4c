package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One edition of a council's findings report for a cycle, as it was drafted, agreed, published or superseded: which
 * edition, its state after the step, the edition it corrects ({@code supersedes}) or that replaced it
 * ({@code supersededBy}), and who took the step when. The report's text stays in quad-service (published editions
 * are read on the public pages).
 */
public record FindingsReportV1(
        UUID reportId,
        UUID cycleId,
        UUID quadId,
        String councilCode,
        String councilName,
        String cycleName,
        int edition,
        String state,
        UUID supersedes,
        UUID supersededBy,
        String by,
        OffsetDateTime at) {

    public FindingsReportV1 {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(councilCode, "councilCode");
        Objects.requireNonNull(state, "state");
    }
}
