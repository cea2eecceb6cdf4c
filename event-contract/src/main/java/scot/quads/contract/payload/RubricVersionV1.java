package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A rubric version's place in its life (draft, published, retired) without its content: enough for a reader to
 * list versions and know which may still be used. The published content travels in {@link RubricVersionPublishedV1}.
 */
public record RubricVersionV1(
        UUID versionId,
        String frameworkCode,
        int versionNumber,
        String label,
        String state,
        UUID basedOnVersionId,
        String changedBy,
        OffsetDateTime changedAt) {

    public RubricVersionV1 {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(state, "state");
    }
}
