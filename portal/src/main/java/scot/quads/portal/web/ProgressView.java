package scot.quads.portal.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import scot.quads.portal.client.QuadApi.Quad;
import scot.quads.portal.client.RubricApi.CouncilProgress;

/**
 * ADES's progress table for a cycle as asked for ({@code ?status=&quad=&sort=}): each council with its quad,
 * only the status or quad chosen, sorted by name, by status (those furthest from submitting first) or by how
 * much is missing.
 */
public final class ProgressView {

    /** The statuses ADES can pick, in the order a cycle goes through them. */
    static final Map<String, String> STATUSES = statuses();
    static final Map<String, String> SORTS = sorts();
    /** The quad filter's value for the councils in no quad yet. */
    static final String NO_QUAD = "none";

    public record Row(CouncilProgress progress, String quadName) {
    }

    /** The filter as chosen, and the choices to offer. */
    public record Filter(String status, String quad, String sort, List<String> quadNames) {

        public boolean any() {
            return !status.isEmpty() || !quad.isEmpty();
        }

        public Map<String, String> statuses() {
            return STATUSES;
        }

        public Map<String, String> sorts() {
            return SORTS;
        }
    }

    private ProgressView() {
    }

    static Filter filter(String status, String quad, String sort, List<Quad> quads) {
        return new Filter(STATUSES.containsKey(status) ? status : "", quad == null ? "" : quad.strip(),
                SORTS.containsKey(sort) ? sort : "name",
                quads.stream().map(Quad::name).sorted().distinct().toList());
    }

    static List<Row> rows(List<CouncilProgress> progress, List<Quad> quads, Filter filter) {
        Map<String, String> quadOf = new HashMap<>();
        quads.forEach(q -> q.members().forEach(m -> quadOf.put(m.code(), q.name())));
        Comparator<Row> byName = Comparator.comparing(r -> r.progress().councilName());
        Comparator<Row> order = switch (filter.sort()) {
            case "status" -> Comparator.<Row>comparingInt(r -> stage(r.progress().state())).thenComparing(byName);
            case "missing" -> Comparator.<Row>comparingLong(r -> r.progress().answered() - r.progress().total())
                    .thenComparing(byName);
            default -> byName;
        };
        return progress.stream()
                .map(p -> new Row(p, quadOf.get(p.councilCode())))
                .filter(r -> filter.status().isEmpty() || filter.status().equals(state(r.progress().state())))
                .filter(r -> filter.quad().isEmpty()
                        || (NO_QUAD.equals(filter.quad()) ? r.quadName() == null : filter.quad().equals(r.quadName())))
                .sorted(order)
                .toList();
    }

    /** How far from submitted: returned first (it needs the council again), then not started, in progress. */
    private static int stage(String state) {
        return switch (state(state)) {
            case "returned" -> 0;
            case "not-started" -> 1;
            case "draft" -> 2;
            default -> 3;
        };
    }

    private static String state(String state) {
        return state == null ? "not-started" : state;
    }

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new java.util.LinkedHashMap<>();
        sorts.put("name", "Council name");
        sorts.put("status", "Status, furthest from submitted first");
        sorts.put("missing", "Most questions missing first");
        return java.util.Collections.unmodifiableMap(sorts);
    }

    private static Map<String, String> statuses() {
        Map<String, String> statuses = new java.util.LinkedHashMap<>();
        statuses.put("not-started", "Not started");
        statuses.put("draft", "In progress");
        statuses.put("submitted", "Submitted");
        statuses.put("returned", "Returned for revision");
        return java.util.Collections.unmodifiableMap(statuses);
    }
}
