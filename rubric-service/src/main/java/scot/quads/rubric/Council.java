package scot.quads.rubric;

import java.time.OffsetDateTime;

/** A council as authority-service last announced it: this service's only source of valid council codes. */
public class Council {

    public String gssCode;
    public String name;
    public String legacyGssCode;
    public boolean active;
    public OffsetDateTime asOf;
}
