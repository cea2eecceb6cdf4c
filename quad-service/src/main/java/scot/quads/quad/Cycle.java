package scot.quads.quad;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An annual cycle as rubric-service announced it: its rubric version, its deadline and its reveal rule. */
public class Cycle {

    public UUID id;
    public String name;
    public UUID rubricVersionId;
    public LocalDate opensOn;
    public LocalDate submissionDeadline;
    public String revealRule;
    public String state;
    public OffsetDateTime updatedAt;
}
