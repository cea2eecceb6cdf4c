package scot.quads.quad.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import scot.quads.quad.Submission;
import scot.quads.quad.comparison.Comparison.CycleSummary;
import scot.quads.quad.comparison.Comparison.MemberStatus;
import scot.quads.quad.comparison.Comparison.QuadSummary;
import scot.quads.quad.comparison.Comparison.RevealState;
import scot.quads.quad.config.QuadConfig;

/**
 * Built comparisons, as the JSON sent to callers, so that reading a quad's comparison again costs a few small
 * queries instead of parsing every member's answers and recomputing every figure. An entry is found by its
 * {@link Key}: everything the comparison is built from, read from the database on each request (the quad, the
 * cycle, the reveal decision for this caller, the members' names and submission times, and the stamp of each
 * shown submission, whose {@code updatedAt} changes with every event applied to it). So an entry is never
 * invalidated: when anything changes, on this replica or another, the next read asks for another key, and the old
 * entry ages out. Bounded by the bytes it holds, least recently read first out.
 */
@ApplicationScoped
public class ComparisonCache {

    /**
     * What a comparison is built from, and so what it is looked up by; {@code levelsOnly} for the comparison without
     * the members' words ({@link Comparison#levelsOnly()}).
     */
    public record Key(QuadSummary quad, CycleSummary cycle, RevealState reveal, List<MemberStatus> members,
            List<Submission.Stamp> shown, boolean levelsOnly) {

        public Key(QuadSummary quad, CycleSummary cycle, RevealState reveal, List<MemberStatus> members,
                List<Submission.Stamp> shown) {
            this(quad, cycle, reveal, members, shown, false);
        }

        Key levels(boolean only) {
            return only == levelsOnly ? this : new Key(quad, cycle, reveal, members, shown, only);
        }
    }

    private final long mostBytes;
    private final Map<Key, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private long bytes;

    public ComparisonCache(QuadConfig config) {
        this.mostBytes = config.comparisonCacheBytes();
    }

    public byte[] get(Key key) {
        byte[] json;
        synchronized (this) {
            json = entries.get(key);
        }
        (json == null ? misses : hits).incrementAndGet();
        return json;
    }

    public synchronized void put(Key key, byte[] json) {
        if (json.length > mostBytes) {
            return;
        }
        byte[] previous = entries.put(key, json);
        bytes += json.length - (previous == null ? 0 : previous.length);
        Iterator<byte[]> oldestFirst = entries.values().iterator();
        while (bytes > mostBytes && oldestFirst.hasNext()) {
            bytes -= oldestFirst.next().length;
            oldestFirst.remove();
        }
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }
}
