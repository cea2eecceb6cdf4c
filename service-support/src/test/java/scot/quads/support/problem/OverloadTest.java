package scot.quads.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A request refused because the database pool stayed busy tells the client to retry; a real fault stays a 500. */
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
    void anyOtherFailureIsA500WithAnIncident() {
        Response response = mappers.unexpected(new IllegalStateException("bug",
                new SQLException("relation \"answer\" does not exist")), null);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).contains("incident");
    }
}
