package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** ADES returned a submitted self-evaluation to its council for revision: it is a draft again. */
public record SelfEvaluationReturnedV1(UUID evaluationId, UUID cycleId, String councilCode, OffsetDateTime returnedAt,
        String returnedBy, String reason) {

    public SelfEvaluationReturnedV1 {
        Objects.requireNonNull(evaluationId, "evaluationId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(councilCode, "councilCode");
    }
}
