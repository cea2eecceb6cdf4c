package scot.quads.rubric;

import java.util.UUID;

/** One level of a version's evaluation scale, such as 4 "Good". */
public class ScaleLevel {

    public UUID versionId;
    public int value;
    public String label;
    public String descriptor;
    public int position;
}
