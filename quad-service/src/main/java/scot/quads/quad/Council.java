package scot.quads.quad;

import java.time.OffsetDateTime;

/** A council as authority-service last announced it: quads are formed from active councils only. */
public class Council {

    public String gssCode;
    public String name;
    public boolean active;
    public Integer peopleFamily;
    public Integer otherFamily;
    public OffsetDateTime updatedAt;
}
