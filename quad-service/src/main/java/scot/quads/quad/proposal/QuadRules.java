package scot.quads.quad.proposal;

/** How big a quad may be: the one rule forming, editing and proposing share. */
public final class QuadRules {

    public static final int FEWEST = 3;
    public static final int MOST = 5;

    private QuadRules() {
    }
}
