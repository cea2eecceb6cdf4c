package scot.quads.quad;

import java.time.OffsetDateTime;

/** A council as authority-service last announced it: quads are formed from active councils only. */
public class Council {

    public String gssCode;
    public String name;
    /** The code the council had before boundary changes, if any; accepted wherever a code is. */
    public String legacyGssCode;
    public boolean active;
    public Integer peopleFamily;
    public Integer otherFamily;
    public OffsetDateTime updatedAt;
}
