package scot.quads.authority;

import java.time.OffsetDateTime;

/** One change to a council or what belongs to it; {@code before} and {@code after} are JSON. */
public class CouncilAuditEntry {

    public Long id;
    public String gssCode;
    public OffsetDateTime at;
    public String byUser;
    public String action;
    public String before;
    public String after;
}
