package scot.quads.quad;

import io.quarkus.arc.Arc;
import java.util.UUID;
import scot.quads.quad.repository.ProjectionRepository;
import scot.quads.support.jdbc.Database;

/**
 * What the service has stored, as the tests look at it, through the service's own repository; each value is null
 * when there is no such row. Call inside {@link Feed#tx} where a test wants a transaction of its own.
 */
public final class Stored {

    private Stored() {
    }

    public static Council council(String code) {
        return projections().council(code).orElse(null);
    }

    public static Cycle cycle(UUID id) {
        return projections().cycle(id).orElse(null);
    }

    public static RubricVersion rubricVersion(UUID id) {
        return projections().rubricVersion(id).orElse(null);
    }

    public static Submission submission(UUID evaluationId) {
        return projections().submission(evaluationId).orElse(null);
    }

    /** Writes the submission's row as it is now, as the service's consumer would (the tests' other replica). */
    public static void save(Submission submission) {
        projections().saveSubmission(submission);
    }

    /** How many submission rows (shown or not) the council has. */
    public static long submissionCount(String councilCode) {
        return database().number("SELECT count(*) FROM submission WHERE council_code = ?", councilCode);
    }

    /** Plain SQL on the service's database, for what no repository reads. */
    public static Database database() {
        return Arc.container().instance(Database.class).get();
    }

    private static ProjectionRepository projections() {
        return Arc.container().instance(ProjectionRepository.class).get();
    }
}
