package scot.quads.quad;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One change ADES made to a quad, kept so that anyone can later see who changed what, and when. */
public class QuadAudit {

    public static final String FORMED = "formed";
    public static final String EDITED = "edited";
    public static final String DISSOLVED = "dissolved";

    public Long id;
    public UUID quadId;
    public UUID cycleId;
    public String action;
    public OffsetDateTime changedAt;
    public String changedBy;
    public List<String> oldMembers;
    public List<String> newMembers;
    public List<FieldChange> changes;

    /** A field of the quad other than its members: its value before and after. */
    public record FieldChange(String field, String from, String to) {
    }
}
