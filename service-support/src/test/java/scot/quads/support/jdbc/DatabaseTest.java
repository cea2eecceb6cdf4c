package scot.quads.support.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;

/** Plain SQL in the caller's transaction: it commits or rolls back with it, and says which unique key it broke. */
@QuarkusTest
@QuadsTestStack
class DatabaseTest {

    @Inject
    Database database;

    @Test
    void aBrokenUniqueKeyIsNamedAndTheWholeTransactionIsUndone() {
        String event = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> database.update(
                "INSERT INTO processed_event (consumer, event_id, event_type) VALUES ('database-test', ?, 'first')",
                event));
        String other = UUID.randomUUID().toString();

        Database.DatabaseException failure = catchThrowableOfType(() -> QuarkusTransaction.requiringNew().run(() -> {
            database.update("INSERT INTO processed_event (consumer, event_id, event_type) VALUES ('database-test', ?, 'x')",
                    other);
            database.update("INSERT INTO processed_event (consumer, event_id, event_type) VALUES ('database-test', ?, 'x')",
                    event);
        }), Database.DatabaseException.class);

        assertThat(failure.violatesUnique("processed_event_pkey")).isTrue();
        assertThat(failure.violatesUnique("outbox_event_event_id_key")).isFalse();
        assertThat(database.count("SELECT count(*) AS found FROM processed_event WHERE event_id = ?", "found", other))
                .as("the statement before the failure was rolled back with it").isZero();
        assertThat(database.list("SELECT event_type FROM processed_event WHERE event_id = ?", row -> row.getString("event_type"),
                event)).containsExactly("first");
    }
}
