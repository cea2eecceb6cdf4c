package scot.quads.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * One kind of operation's latencies (an HdrHistogram in microseconds), its completions per second since the
 * series began, the slowest operation begun in each second (when in a run the tail happened), and its failures:
 * errors, and 412s from deliberate concurrent edits, which are counted apart.
 */
public final class Series {

    private static final long MAX_MICROS = 120_000_000L;

    final String name;
    final String description;
    private final Histogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);
    private final Map<Long, LongAdder> perSecond = new ConcurrentHashMap<>();
    private final Map<Long, LongAccumulator> slowestBySecond = new ConcurrentHashMap<>();
    private final LongAdder errors = new LongAdder();
    private final LongAdder conflicts = new LongAdder();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong firstNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastNanos = new AtomicLong(Long.MIN_VALUE);
    private volatile long originNanos;

    Series(String name, String description) {
        this.name = name;
        this.description = description;
        this.originNanos = System.nanoTime();
    }

    /** The time the series' throughput timeline counts from (by default, when the series was made). */
    Series startingAt(long nanos) {
        originNanos = nanos;
        return this;
    }

    /** A completed operation that ended at {@code endNanos} after taking {@code nanos}. */
    void record(long nanos, long endNanos) {
        histogram.recordValue(Math.min(MAX_MICROS, Math.max(1, nanos / 1000)));
        perSecond.computeIfAbsent(Math.max(0, (endNanos - originNanos) / 1_000_000_000L), s -> new LongAdder())
                .increment();
        slowestBySecond.computeIfAbsent(Math.max(0, (endNanos - nanos - originNanos) / 1_000_000_000L),
                second -> new LongAccumulator(Math::max, 0)).accumulate(nanos / 1000);
        firstNanos.accumulateAndGet(endNanos - nanos, Math::min);
        lastNanos.accumulateAndGet(endNanos, Math::max);
    }

    void record(long nanos) {
        record(nanos, System.nanoTime());
    }

    void conflict() {
        conflicts.increment();
    }

    void error(String what) {
        errors.increment();
        if (errorSamples.size() < 10) {
            errorSamples.add(Api.abbreviate(what));
        }
    }

    long count() {
        return histogram.getTotalCount();
    }

    long errors() {
        return errors.sum();
    }

    long conflicts() {
        return conflicts.sum();
    }

    /** Milliseconds at a percentile (0-100). */
    double percentileMs(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMs() {
        return histogram.getMaxValue() / 1000.0;
    }

    double meanMs() {
        return histogram.getMean() / 1000.0;
    }

    /** Completed operations per second between the first start and the last end. */
    double throughput() {
        long span = lastNanos.get() - firstNanos.get();
        return count() == 0 || span <= 0 ? 0 : count() / (span / 1e9);
    }

    double spanSeconds() {
        long span = lastNanos.get() - firstNanos.get();
        return span <= 0 ? 0 : span / 1e9;
    }

    /** (percentile, ms) points from p0 to the maximum, dense toward the tail: what the percentile plot draws. */
    List<double[]> percentileCurve() {
        List<double[]> points = new ArrayList<>();
        if (count() == 0) {
            return points;
        }
        for (HistogramIterationValue value : histogram.percentiles(5)) {
            double percentile = value.getPercentileLevelIteratedTo();
            points.add(new double[] { percentile, histogram.highestEquivalentValue(value.getValueIteratedTo()) / 1000.0 });
            if (percentile >= 100.0) {
                break;
            }
        }
        return points;
    }

    /** (upper bound ms, count) buckets on a logarithmic scale: what the histogram plot draws. */
    List<double[]> buckets() {
        List<double[]> buckets = new ArrayList<>();
        if (count() == 0) {
            return buckets;
        }
        for (HistogramIterationValue value : histogram.logarithmicBucketValues(100, 1.5)) {
            buckets.add(new double[] { value.getValueIteratedTo() / 1000.0, value.getCountAddedInThisIterationStep() });
        }
        return buckets;
    }

    /** Completions in each whole second since the series' origin (missing seconds are zero). */
    long[] timeline() {
        TreeMap<Long, LongAdder> sorted = new TreeMap<>(perSecond);
        if (sorted.isEmpty()) {
            return new long[0];
        }
        long[] counts = new long[(int) (sorted.lastKey() + 1)];
        sorted.forEach((second, count) -> counts[second.intValue()] = count.sum());
        return counts;
    }

    /** The slowest operation (ms) begun in each whole second since the series' origin (0 where none began). */
    double[] slowestTimeline() {
        TreeMap<Long, LongAccumulator> sorted = new TreeMap<>(slowestBySecond);
        if (sorted.isEmpty()) {
            return new double[0];
        }
        double[] slowest = new double[(int) (sorted.lastKey() + 1)];
        sorted.forEach((second, micros) -> slowest[second.intValue()] = micros.get() / 1000.0);
        return slowest;
    }

    ObjectNode toJson() {
        ObjectNode json = Api.JSON.createObjectNode();
        json.put("name", name);
        json.put("description", description);
        json.put("count", count());
        json.put("errors", errors());
        json.put("conflicts412", conflicts());
        json.put("p50Ms", round(percentileMs(50)));
        json.put("p90Ms", round(percentileMs(90)));
        json.put("p95Ms", round(percentileMs(95)));
        json.put("p99Ms", round(percentileMs(99)));
        json.put("p999Ms", round(percentileMs(99.9)));
        json.put("maxMs", round(maxMs()));
        json.put("meanMs", round(meanMs()));
        json.put("throughputPerSecond", round(throughput()));
        json.put("seconds", round(spanSeconds()));
        ArrayNode samples = json.putArray("errorSamples");
        errorSamples.forEach(samples::add);
        ArrayNode curve = json.putArray("percentiles");
        percentileCurve().forEach(p -> curve.addArray().add(round(p[0], 4)).add(round(p[1])));
        ArrayNode histogramJson = json.putArray("histogram");
        buckets().forEach(b -> histogramJson.addArray().add(round(b[0])).add((long) b[1]));
        ArrayNode timelineJson = json.putArray("perSecond");
        for (long c : timeline()) {
            timelineJson.add(c);
        }
        ArrayNode slowestJson = json.putArray("slowestBySecondMs");
        for (double ms : slowestTimeline()) {
            slowestJson.add(round(ms));
        }
        return json;
    }

    static double round(double value) {
        return round(value, 3);
    }

    static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
