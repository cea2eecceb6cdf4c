package scot.quads.rubric;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import scot.quads.rubric.repository.CouncilRepository;
import scot.quads.rubric.repository.EvaluationRepository;
import scot.quads.support.jdbc.Database;

/** What the service has stored, as the tests look at it: each call in a transaction of its own. */
public final class Stored {

    private Stored() {
    }

    /** Runs one statement and commits it; returns how many rows it changed. */
    public static int execute(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> bean(Database.class).update(sql, parameters));
    }

    /** The single number a query such as {@code SELECT count(*)} returns. */
    public static long number(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> bean(Database.class).number(sql, parameters));
    }

    public static Optional<Council> council(String gssCode) {
        return QuarkusTransaction.requiringNew().call(() -> bean(CouncilRepository.class).find(gssCode));
    }

    /** The audit rows of one action on one subject, oldest first. */
    public static List<AuditEntry> audit(UUID subjectId, String action) {
        return evaluations(e -> e.auditOfSubject(subjectId, action));
    }

    /** The audit rows of one action in a council's evaluation of a cycle, oldest first. */
    public static List<AuditEntry> audit(UUID cycleId, String councilCode, String action) {
        return evaluations(e -> e.auditOf(cycleId, councilCode, action));
    }

    private static <T> T evaluations(Function<EvaluationRepository, T> read) {
        return QuarkusTransaction.requiringNew().call(() -> read.apply(bean(EvaluationRepository.class)));
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
