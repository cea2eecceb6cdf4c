package scot.quads.contract.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A cycle's deadline is near ({@code daysLeft} > 0) or has passed ({@code daysLeft} = 0), with the councils that
 * have not submitted at that moment.
 */
public record CycleDeadlineV1(UUID cycleId, String name, LocalDate submissionDeadline, int daysLeft,
        List<String> councilsNotSubmitted) {

    public CycleDeadlineV1 {
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(submissionDeadline, "submissionDeadline");
        councilsNotSubmitted = councilsNotSubmitted == null ? List.of() : List.copyOf(councilsNotSubmitted);
    }
}
