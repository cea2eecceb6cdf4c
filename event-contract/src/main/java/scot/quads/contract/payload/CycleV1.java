package scot.quads.contract.payload;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An annual cycle's state. {@code revealRule} says when quad partners may see each other's answers:
 * {@code all-submitted-or-deadline}, {@code on-submission} or {@code after-deadline}.
 */
public record CycleV1(
        UUID cycleId,
        String name,
        UUID rubricVersionId,
        LocalDate opensOn,
        LocalDate submissionDeadline,
        String revealRule,
        String state) {

    public CycleV1 {
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(rubricVersionId, "rubricVersionId");
        Objects.requireNonNull(submissionDeadline, "submissionDeadline");
        Objects.requireNonNull(revealRule, "revealRule");
    }
}
