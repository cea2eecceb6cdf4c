package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A council took back its own submission before the deadline and before partners saw it: a draft again. */
public record SelfEvaluationRecalledV1(UUID evaluationId, UUID cycleId, String councilCode, OffsetDateTime recalledAt,
        String recalledBy) {

    public SelfEvaluationRecalledV1 {
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(councilCode, "councilCode");
    }
}
