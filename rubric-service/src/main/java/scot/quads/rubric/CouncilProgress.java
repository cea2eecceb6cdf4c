package scot.quads.rubric;

import java.time.OffsetDateTime;

/** One council's standing in a cycle, for ADES's overview; {@code state} is not-started when it has saved nothing. */
public record CouncilProgress(String councilCode, String councilName, String state, long answered, long total,
        OffsetDateTime lastEditedAt, OffsetDateTime submittedAt) {

    public int percentAnswered() {
        return total == 0 ? 0 : (int) Math.floor(answered * 100.0 / total);
    }
}
