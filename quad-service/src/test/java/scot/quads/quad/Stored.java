package scot.quads.quad;

import io.quarkus.arc.Arc;
import java.util.UUID;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.repository.SubmissionRepository;
import scot.quads.support.jdbc.Database;

/**
 * What the service has stored, as the tests look at it, through the service's own repositories; each value is null
 * when there is no such row. Call inside {@link Feed#tx} where a test wants a transaction of its own.
 */
public final class Stored {

    private Stored() {
    }

    public static Council council(String code) {
        return bean(CouncilRepository.class).find(code).orElse(null);
    }

    public static Cycle cycle(UUID id) {
        return bean(CycleRepository.class).find(id).orElse(null);
    }

    public static RubricVersion rubricVersion(UUID id) {
        return bean(RubricVersionRepository.class).find(id);
    }

    public static Submission submission(UUID evaluationId) {
        return bean(SubmissionRepository.class).find(evaluationId).orElse(null);
    }

    /** Writes the submission's row as it is now, as the service's consumer would (the tests' other replica). */
    public static void save(Submission submission) {
        bean(SubmissionRepository.class).save(submission);
    }

    /** How many submission rows (shown or not) the council has. */
    public static long submissionCount(String councilCode) {
        return database().count("SELECT count(*) AS submissions FROM submission WHERE council_code = ?",
                "submissions", councilCode);
    }

    /** Plain SQL on the service's database, for what no repository reads. */
    public static Database database() {
        return bean(Database.class);
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
