package scot.quads.contract;

/**
 * The Kafka topics: one per kind of aggregate, each record keyed by the aggregate's id so that one aggregate's
 * events stay in order.
 */
public final class Topics {

    /** Councils; key: the council's GSS code. */
    public static final String COUNCILS = "quads.councils";
    /** Rubric versions; key: the version's id. */
    public static final String RUBRIC_VERSIONS = "quads.rubric-versions";
    /** Annual cycles; key: the cycle's id. */
    public static final String CYCLES = "quads.cycles";
    /** Self-evaluations; key: the self-evaluation's id. */
    public static final String SELF_EVALUATIONS = "quads.self-evaluations";
    /** Quads; key: the quad's id. */
    public static final String QUADS = "quads.quads";
    /** What a quad does together: comments on answers and agreed actions; key: the quad's id. */
    public static final String QUAD_WORK = "quads.quad-work";
    /** Councils' findings reports, each edition drafted, agreed, published, superseded; key: the report's id. */
    public static final String FINDINGS_REPORTS = "quads.findings-reports";

    /** Where a service puts the events it could not process, with the reason in the record's headers. */
    public static String deadLetter(String service) {
        return "quads.dead-letter." + service;
    }

    private Topics() {
    }
}
