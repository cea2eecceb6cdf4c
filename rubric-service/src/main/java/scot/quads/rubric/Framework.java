package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A rubric framework, known by its code; what councils answer lives in its versions. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String title;
    public String description;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public static List<Framework> byCode() {
        return list("order by code");
    }

    /**
     * The framework with this code, created now if it is new; locked for the rest of the transaction, so that
     * version numbers are handed out once. Two imports of a new code at once both get the one framework.
     */
    public static Framework lockOrCreate(String code, String title, String description, String by) {
        getEntityManager().createQuery("""
                insert into Framework (id, code, title, description, createdBy)
                values (:id, :code, :title, :description, :by)
                on conflict do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("code", code)
                .setParameter("title", title)
                .setParameter("description", description)
                .setParameter("by", by)
                .executeUpdate();
        return Framework.<Framework>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow();
    }

    /** The framework, locked for the rest of the transaction (a new version's number is handed out once). */
    public static Optional<Framework> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
