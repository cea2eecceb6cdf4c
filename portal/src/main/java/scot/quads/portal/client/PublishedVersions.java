package scot.quads.portal.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.RubricApi.Version;

/**
 * Rubric versions as the council's pages read them, kept once published. A published version's content (its scale,
 * themes, indicators and questions) never changes again: rubric-service lets only a draft be edited, and any signed-in
 * user may read any version. Yet nearly every council page needs it (a 200-question version is the largest body the
 * portal reads), so reading it afresh for each page spent most of the portal's time parsing the same JSON
 * (bench/run's profile of the portal's pages). A draft is never kept: ADES is still editing it. The status a kept
 * version carries may have moved on to retired since; no page that reads it here shows the status.
 */
@ApplicationScoped
public class PublishedVersions {

    /** Enough for every version a cycle of the last few years runs; the eldest read goes first. */
    static final int KEPT = 16;

    private final RubricApi rubric;
    private final Map<UUID, Version> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Version> eldest) {
            return size() > KEPT;
        }
    };

    public PublishedVersions(@RestClient RubricApi rubric) {
        this.rubric = rubric;
    }

    /** The version, from rubric-service the first time (with the caller's token: a 404 or 403 passes through). */
    public Version get(UUID id) {
        synchronized (kept) {
            Version known = kept.get(id);
            if (known != null) {
                return known;
            }
        }
        Version read = rubric.version(id);
        if (!"draft".equals(read.status())) {
            synchronized (kept) {
                kept.put(id, read);
            }
        }
        return read;
    }
}
