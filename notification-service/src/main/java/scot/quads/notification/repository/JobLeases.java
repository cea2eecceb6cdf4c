package scot.quads.notification.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * A job that must run on one instance only (the daily digest) first takes its lease: a row that one instance holds
 * until a time; another instance finds it held and skips its run. Taking it is one conditional upsert, so two
 * instances asking at the same moment cannot both get it. It is taken in a transaction of its own, committed at
 * once, since the run it guards spans many transactions.
 */
@ApplicationScoped
public class JobLeases {

    private final Database database;
    private final String holder = UUID.randomUUID().toString();

    public JobLeases(Database database) {
        this.database = database;
    }

    /** Takes the lease for {@code duration} unless someone holds it now; returns whether this instance has it. */
    public boolean acquire(String name, Duration duration) {
        return QuarkusTransaction.requiringNew().call(() -> database.update("""
                INSERT INTO job_lease (name, holder, held_until)
                VALUES (?, ?, now() + ? * interval '1 millisecond')
                ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, held_until = EXCLUDED.held_until
                WHERE job_lease.held_until < now()""", name, holder, duration.toMillis()) == 1);
    }
}
