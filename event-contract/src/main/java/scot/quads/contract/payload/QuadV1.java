package scot.quads.contract.payload;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A quad's membership for one cycle, as formed or changed. */
public record QuadV1(UUID quadId, UUID cycleId, String name, List<String> memberCouncilCodes) {

    public QuadV1 {
        Objects.requireNonNull(quadId, "quadId");
        Objects.requireNonNull(cycleId, "cycleId");
        memberCouncilCodes = List.copyOf(Objects.requireNonNull(memberCouncilCodes, "memberCouncilCodes"));
    }
}
