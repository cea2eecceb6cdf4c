package scot.quads.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A request refused because the database was out of reach or its pool stayed busy tells the client to retry;
 * someone else's change or a taken unique key is a 409, however wrapped; a real fault stays a 500.
 */
class OverloadTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aPoolThatStayedBusyIsA503WithRetryAfter() {
        // How Hibernate reports Agroal giving up on a connection.
        RuntimeException failure = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));

        Response response = mappers.unexpected(failure, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).detail()).contains("nothing was changed");
    }

    @Test
    void aPoolThatFoundNoConnectionToOpenInTimeIsA503Too() {
        // Agroal's other wording, when the pool had room but no new connection came in time.
        RuntimeException failure = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"));

        assertThat(mappers.unexpected(failure, null).getStatus()).isEqualTo(503);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfterNotA500() {
        RuntimeException down = new org.hibernate.exception.JDBCConnectionException("Unable to open JDBC Connection",
                new SQLException("Connection to 127.0.0.1:15432 refused", "08001"));
        RuntimeException shuttingDown = new RuntimeException("commit failed",
                new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(mappers.unexpected(down, null).getStatus()).isEqualTo(503);
        assertThat(mappers.unexpected(down, null).getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(mappers.unexpected(shuttingDown, null).getStatus()).isEqualTo(503);
    }

    @Test
    void theDriversAssertionOnAConnectionThatDiedUnderABatchIsA503() {
        AssertionError fromTheDriver = new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        fromTheDriver.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.postgresql.jdbc.BatchResultHandler", "isAutoCommit", null, 115) });
        RuntimeException atCommit = new RuntimeException("ARJUNA016053: Could not commit transaction.", fromTheDriver);
        AssertionError ours = new AssertionError("a broken invariant of ours");

        assertThat(mappers.unexpected(atCommit, null).getStatus()).isEqualTo(503);
        assertThat(mappers.unexpected(new RuntimeException(ours), null).getStatus()).isEqualTo(500);
    }

    @Test
    void aStaleEntityFoundAtCommitIsA409EvenWrappedByTheTransaction() {
        RuntimeException atCommit = new RuntimeException("ARJUNA016053: Could not commit transaction.",
                new jakarta.transaction.RollbackException("rolled back") {
                    {
                        initCause(new jakarta.persistence.OptimisticLockException("Row was updated by another"));
                    }
                });

        Response response = mappers.unexpected(atCommit, null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).detail()).contains("reload and try again");
    }

    @Test
    void aUniqueKeyTakenAtTheSameMomentIsA409() {
        RuntimeException race = new org.hibernate.exception.ConstraintViolationException("duplicate",
                new org.postgresql.util.PSQLException("duplicate key value violates unique constraint",
                        org.postgresql.util.PSQLState.UNIQUE_VIOLATION),
                "council_contact_email_key");

        assertThat(mappers.unexpected(race, null).getStatus()).isEqualTo(409);
    }

    @Test
    void anyOtherFailureIsA500WithAnIncident() {
        Response response = mappers.unexpected(new IllegalStateException("bug",
                new SQLException("relation \"answer\" does not exist")), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).contains("incident");
    }
}
