package scot.quads.notification.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;

/**
 * A job that must run on one instance only (the daily digest) first takes its lease: a row that one instance
 * holds until a time; another instance finds it held and skips its run.
 */
@ApplicationScoped
public class Leases {

    private final EntityManager entityManager;
    private final String holder = UUID.randomUUID().toString();

    public Leases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes the lease for {@code duration} unless someone holds it now; returns whether this instance has it. */
    public boolean acquire(String name, Duration duration) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                INSERT INTO job_lease (name, holder, held_until)
                VALUES (?1, ?2, now() + ?3 * interval '1 millisecond')
                ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, held_until = EXCLUDED.held_until
                WHERE job_lease.held_until < now()""")
                .setParameter(1, name)
                .setParameter(2, holder)
                .setParameter(3, duration.toMillis())
                .executeUpdate() == 1);
    }
}
