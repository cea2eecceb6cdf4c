package scot.quads.rubric;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A rubric framework, known by its code; what councils answer lives in its versions. */
public class Framework {

    public UUID id;
    public String code;
    public String title;
    public String description;
    public OffsetDateTime createdAt;
    public String createdBy;
}
