package scot.quads.rubric;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change, kept for the audit trail: who did what to which version, cycle or self-evaluation, and when. */
public class AuditEntry {

    public Long id;
    public OffsetDateTime occurredAt;
    public String actor;
    public String action;
    public String subjectType;
    public UUID subjectId;
    public UUID cycleId;
    public String councilCode;
    public String questionCode;
    public Integer oldLevel;
    public Integer newLevel;
    /** Further facts of the change, as a small JSON object. */
    public String detail;
}
