package scot.quads.contract.payload;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A quad after ADES changed it: its members now, and who joined and left with this change. A dissolved quad has
 * no members and every former member in {@code left}.
 */
public record QuadChangedV1(UUID quadId, UUID cycleId, String name, List<String> memberCouncilCodes,
        List<String> joined, List<String> left) {

    public QuadChangedV1 {
        Objects.requireNonNull(quadId, "quadId");
        Objects.requireNonNull(cycleId, "cycleId");
        memberCouncilCodes = memberCouncilCodes == null ? List.of() : List.copyOf(memberCouncilCodes);
        joined = joined == null ? List.of() : List.copyOf(joined);
        left = left == null ? List.of() : List.copyOf(left);
    }
}
