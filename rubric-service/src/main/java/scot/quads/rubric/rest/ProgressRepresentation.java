package scot.quads.rubric.rest;

import java.time.OffsetDateTime;
import scot.quads.rubric.CouncilProgress;

/** One council's line in ADES's progress overview of a cycle. */
public record ProgressRepresentation(String councilCode, String councilName, String state, long answered,
        long total, int percentAnswered, OffsetDateTime lastEditedAt, OffsetDateTime submittedAt) {

    static ProgressRepresentation of(CouncilProgress progress) {
        return new ProgressRepresentation(progress.councilCode(), progress.councilName(), progress.state(),
                progress.answered(), progress.total(), progress.percentAnswered(), progress.lastEditedAt(),
                progress.submittedAt());
    }
}
