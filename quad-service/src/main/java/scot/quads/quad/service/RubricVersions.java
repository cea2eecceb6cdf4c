package scot.quads.quad.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.repository.ProjectionRepository;

/**
 * Published rubric versions, read once per process: a version never changes after publication, so a copy kept in
 * memory cannot go stale on any replica. A version not received yet is not remembered, so it shows as soon as its
 * event is projected. Callers must treat the returned version as read-only.
 */
@ApplicationScoped
public class RubricVersions {

    private static final int MOST_KEPT = 256;

    private final ProjectionRepository projections;
    private final Map<UUID, RubricVersion> known = new ConcurrentHashMap<>();

    public RubricVersions(ProjectionRepository projections) {
        this.projections = projections;
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
        version = projections.rubricVersion(id).orElse(null);
        if (version == null) {
            return null;
        }
        if (known.size() >= MOST_KEPT) {
            known.clear();
        }
        known.put(id, version);
        return version;
    }
}
