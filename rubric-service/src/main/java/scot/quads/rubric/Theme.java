package scot.quads.rubric;

import java.util.UUID;

/** A theme of a rubric version, such as "What key outcomes have we achieved?". */
public class Theme {

    public UUID id;
    public UUID versionId;
    public String code;
    public String title;
    public String guidance;
    public int position;
}
