package scot.quads.authority;

import java.time.OffsetDateTime;

/** A council: the GSS code is its identity; names change between publications and are kept beside it. */
public class Council {

    public String gssCode;
    public String name;
    public String lgbfName;
    public String legacyGssCode;
    public String regionalCollaborative;
    public Integer peopleFamily;
    public Integer otherFamily;
    public boolean active;
    public int version;
    public OffsetDateTime updatedAt;
    public String updatedBy;
}
