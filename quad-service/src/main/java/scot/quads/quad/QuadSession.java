package scot.quads.quad;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A meeting of a quad: when, where, the questions on its agenda in order, and the notes taken afterwards. */
public class QuadSession {

    public UUID id;
    public UUID quadId;
    public UUID cycleId;
    public OffsetDateTime startsAt;
    public String location;
    public List<String> agenda;
    public String notes;
    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime updatedAt;
    public String updatedBy;
    public int version;
}
