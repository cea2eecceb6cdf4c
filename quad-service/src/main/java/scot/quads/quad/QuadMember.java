package scot.quads.quad;

import java.util.UUID;

/** One council's place in a quad; the cycle is repeated so the database keeps a council to one quad per cycle. */
public class QuadMember {

    public Long id;
    public UUID quadId;
    public UUID cycleId;
    public String councilCode;
    public int position;
}
