package scot.quads.rubric;

import java.util.UUID;

/** A quality indicator under a theme. */
public class Indicator {

    public UUID id;
    public UUID versionId;
    public UUID themeId;
    public String code;
    public String title;
    public String guidance;
    public int position;
}
