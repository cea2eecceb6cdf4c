package scot.quads.quad.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import scot.quads.quad.RubricVersion;

/**
 * Published rubric versions, read once per process: a version never changes after publication, so a copy kept in
 * memory cannot go stale on any replica. A version not received yet is not remembered, so it shows as soon as its
 * event is projected. Callers must treat the returned version as read-only.
 */
@ApplicationScoped
public class RubricVersions {

    private static final int MOST_KEPT = 256;

    private final EntityManager entityManager;
    private final Map<UUID, RubricVersion> known = new ConcurrentHashMap<>();

    public RubricVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The version, or null while it has not reached this service. */
    public RubricVersion find(UUID id) {
        if (id == null) {
            return null;
        }
        RubricVersion version = known.get(id);
        if (version != null) {
            return version;
        }
        version = entityManager.find(RubricVersion.class, id);
        if (version == null) {
            return null;
        }
        entityManager.detach(version);
        if (known.size() >= MOST_KEPT) {
            known.clear();
        }
        known.put(id, version);
        return version;
    }
}
