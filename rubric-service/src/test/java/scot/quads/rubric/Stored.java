package scot.quads.rubric;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/** What the service has stored, as the tests look at it: each call in a transaction of its own. */
public final class Stored {

    private Stored() {
    }

    /** Runs one statement and commits it; returns how many rows it changed. */
    public static int execute(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> bean(Database.class).update(sql, parameters));
    }

    /** The count a query such as {@code SELECT count(*) FROM ...} returns (PostgreSQL names its column count). */
    public static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> bean(Database.class).count(sql, "count", parameters));
    }

    public static Optional<Council> council(String gssCode) {
        return QuarkusTransaction.requiringNew().call(() -> Council.<Council>findByIdOptional(gssCode));
    }

    /** The audit rows of one action on one subject, oldest first. */
    public static List<AuditEntry> audit(UUID subjectId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.ofSubject(subjectId, action));
    }

    /** The audit rows of one action in a council's evaluation of a cycle, oldest first. */
    public static List<AuditEntry> audit(UUID cycleId, String councilCode, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.ofEvaluation(cycleId, councilCode, action));
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
