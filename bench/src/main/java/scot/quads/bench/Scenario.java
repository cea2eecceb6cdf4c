package scot.quads.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario found: its series (and the floor series it is compared to), its ratios to the floor, its
 * targets met or missed, and notes; or, when it could not run, plainly why it was not measured.
 */
public final class Scenario {

    final String id;
    final String title;
    final List<Series> series = new ArrayList<>();
    final List<Series> floor = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final Map<String, Double> ratios = new LinkedHashMap<>();
    final ObjectNode extra = Api.JSON.createObjectNode();
    private String notMeasured;

    /**
     * A promise from the issues (#9, then #22) and the figure this run got. A ratio target (unit "×") names the
     * series it is a multiple of in {@code of}.
     */
    record Target(String what, String target, double limit, Double actual, String unit, String series, String of) {
        Target(String what, String target, double limit, Double actual, String unit, String series) {
            this(what, target, limit, actual, unit, series, null);
        }

        /** A target with no figure (nothing was measured) is not met. */
        boolean met() {
            return actual != null && actual <= limit;
        }

        void addTo(ArrayNode targets) {
            ObjectNode json = targets.addObject().put("what", what).put("target", target)
                    .put("actual", actual == null ? null : Series.round(actual)).put("unit", unit)
                    .put("met", met()).put("series", series);
            if (of != null) {
                json.put("of", of);
            }
        }
    }

    Scenario(String id, String title) {
        this.id = id;
        this.title = title;
    }

    Series series(String name, String description) {
        Series s = new Series(name, description);
        series.add(s);
        return s;
    }

    Series floor(String name, String description) {
        Series s = new Series(name, description);
        floor.add(s);
        return s;
    }

    Scenario notMeasured(String why) {
        this.notMeasured = why;
        return this;
    }

    boolean measured() {
        return notMeasured == null;
    }

    String notMeasuredReason() {
        return notMeasured;
    }

    void note(String note) {
        notes.add(note);
    }

    void target(String what, String target, double limit, double actual, String unit) {
        targets.add(new Target(what, target, limit, actual, unit, null));
    }

    /** A latency target on a series' percentile; with no sample, it has no figure and is not met. */
    void target(String what, String target, double limit, Series series, double percentile) {
        targets.add(new Target(what, target, limit, series.count() == 0 ? null : series.percentileMs(percentile), "ms",
                series.name));
    }

    /**
     * A series' p99 as a multiple of another's p99 in the same run (the autosave's against the raw-JDBC floor's, the
     * trend at 50 cycles against the trend at 5): with no sample in either, it has no figure and is not met.
     */
    void ratioTarget(String what, double limit, Series series, Series of) {
        Double ratio = series.count() == 0 || of.count() == 0 || of.percentileMs(99) <= 0 ? null
                : Series.round(series.percentileMs(99) / of.percentileMs(99), 2);
        targets.add(new Target(what, "≤ " + Report.tickLabel(limit) + "×", limit, ratio, "×", series.name, of.name));
    }

    /** The "0 errors" over every series of the scenario (its floor's aside; 412s are not errors). */
    void errorsTarget(String what) {
        long errors = series.stream().mapToLong(Series::errors).sum();
        target(what, "0", 0, errors, "");
    }

    /**
     * The profiles of a recorded run of this scenario's reads, and that run's latencies (what recording cost), as
     * the profiled pass gives them to the rush and the reads: {@code details.profiles} and
     * {@code details.profiledPass}.
     */
    void profiledBy(Scenario recorded) {
        extra.set("profiles", recorded.extra.path("profiles"));
        ArrayNode pass = extra.putObject("profiledPass").putArray("series");
        for (Series s : recorded.series) {
            pass.addObject().put("name", s.name).put("count", s.count()).put("errors", s.errors())
                    .put("p50Ms", Series.round(s.percentileMs(50))).put("p99Ms", Series.round(s.percentileMs(99)))
                    .put("maxMs", Series.round(s.maxMs()));
        }
    }

    /** p50 and p99 of a series over those of its floor. */
    void ratio(Series of, Series to) {
        if (of.count() == 0 || to.count() == 0) {
            return;
        }
        ratios.put(of.name + " / " + to.name + " p50", Series.round(of.percentileMs(50) / to.percentileMs(50), 2));
        ratios.put(of.name + " / " + to.name + " p99", Series.round(of.percentileMs(99) / to.percentileMs(99), 2));
    }

    ObjectNode toJson() {
        ObjectNode json = Api.JSON.createObjectNode();
        json.put("id", id);
        json.put("title", title);
        json.put("measured", measured());
        if (!measured()) {
            json.put("notMeasured", "not measured: " + notMeasured);
        }
        ArrayNode seriesJson = json.putArray("series");
        series.forEach(s -> seriesJson.add(s.toJson()));
        ArrayNode floorJson = json.putArray("floor");
        floor.forEach(s -> floorJson.add(s.toJson()));
        ObjectNode ratiosJson = json.putObject("ratiosToFloor");
        ratios.forEach(ratiosJson::put);
        ArrayNode targetsJson = json.putArray("targets");
        targets.forEach(t -> t.addTo(targetsJson));
        ArrayNode notesJson = json.putArray("notes");
        notes.forEach(notesJson::add);
        if (!extra.isEmpty()) {
            json.set("details", extra);
        }
        return json;
    }
}
