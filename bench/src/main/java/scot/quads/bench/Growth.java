package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How each read grows with the data: one row per (organisations, read) with its percentiles and its p99 over the
 * floor's, as the scale scenario's JSON carries it ({@code details.growth}) and the report draws it (a row per size,
 * p50/p95/p99 per read).
 */
final class Growth {

    record Row(int size, String read, long count, long errors, double p50, double p95, double p99, double max,
            Double floorP99) {

        /** p99 over the floor's p99; null without a floor. */
        Double ratio() {
            return floorP99 == null || floorP99 <= 0 ? null : Series.round(p99 / floorP99, 2);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(int size, Series series, String read, Series floor) {
        rows.add(new Row(size, read, series.count(), series.errors(), series.percentileMs(50),
                series.percentileMs(95), series.percentileMs(99), series.maxMs(),
                floor == null || floor.count() == 0 ? null : floor.percentileMs(99)));
    }

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    ArrayNode toJson() {
        ArrayNode json = Api.JSON.createArrayNode();
        for (Row row : rows) {
            var node = json.addObject().put("organisations", row.size()).put("read", row.read())
                    .put("count", row.count()).put("errors", row.errors())
                    .put("p50Ms", Series.round(row.p50())).put("p95Ms", Series.round(row.p95()))
                    .put("p99Ms", Series.round(row.p99())).put("maxMs", Series.round(row.max()));
            if (row.ratio() != null) {
                node.put("p99ToFloor", row.ratio());
            }
        }
        return json;
    }

    /** The table: a row per size, p50 / p95 / p99 (and p99 × floor) per read, from the JSON alone. */
    static String html(JsonNode growth) {
        Set<Integer> sizes = new TreeSet<>();
        Set<String> reads = new LinkedHashSet<>();
        growth.forEach(row -> {
            sizes.add(row.path("organisations").asInt());
            reads.add(row.path("read").asText());
        });
        StringBuilder html = new StringBuilder("<table><tr><th rowspan=\"2\">organisations</th>");
        for (String read : reads) {
            html.append("<th colspan=\"4\">").append(Report.esc(read)).append("</th>");
        }
        html.append("</tr><tr>");
        reads.forEach(read -> html.append("<th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>p99 × floor</th>"));
        html.append("</tr>");
        for (int size : sizes) {
            html.append("<tr><td>").append(String.format(java.util.Locale.ROOT, "%,d", size)).append("</td>");
            for (String read : reads) {
                JsonNode row = null;
                for (JsonNode candidate : growth) {
                    if (candidate.path("organisations").asInt() == size && candidate.path("read").asText().equals(read)) {
                        row = candidate;
                    }
                }
                if (row == null) {
                    html.append("<td>–</td><td>–</td><td>–</td><td>–</td>");
                    continue;
                }
                html.append("<td>").append(cell(row, "p50Ms")).append("</td><td>").append(cell(row, "p95Ms"))
                        .append("</td><td>").append(cell(row, "p99Ms")).append(row.path("errors").asLong() > 0
                                ? " <span class=\"missed\">(" + row.path("errors").asLong() + " errors)</span>" : "")
                        .append("</td><td>").append(cell(row, "p99ToFloor")).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    private static String cell(JsonNode row, String field) {
        return row.has(field) ? Report.number(row.get(field).asDouble()) : "–";
    }
}
