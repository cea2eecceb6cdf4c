package scot.quads.support.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** How a failed write reads to the caller, however the transaction manager wrapped the driver's exception. */
class DatabaseFailuresTest {

    @Test
    void aCommitCutOffByTheDatabaseShuttingDownIsUnavailableNotAFaultOfOurs() {
        // As the fault scenario met it: PostgreSQL stopped at the moment of commit; the driver's exception is only
        // the cause of an XAException that the transaction manager suppressed in its RollbackException.
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        // What the server sends: severity, SQLState 57P01 (admin shutdown), message.
        xa.initCause(new PSQLException(new ServerErrorMessage(
                "SFATAL\0C57P01\0Mterminating connection due to administrator command\0")));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        RuntimeException thrown = new RuntimeException("Error invoking subclass method", rollback);

        assertThat(DatabaseFailures.unavailable(thrown)).isTrue();
    }

    @Test
    void aCommitThatFailedForAnotherReasonIsNot() {
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new IllegalStateException("a broken invariant of ours"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);

        assertThat(DatabaseFailures.unavailable(new RuntimeException(rollback))).isFalse();
    }
}
