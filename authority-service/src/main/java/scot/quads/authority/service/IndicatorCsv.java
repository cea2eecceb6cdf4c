package scot.quads.authority.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an indicator file in either of the two layouts ADES has: our long format
 * ({@code gss_code,area,indicator,period,value}) or the LGBF publication's own table
 * ({@code LA_Information_LocalAuthority}, {@code Indicators_Information_Code}, {@code LA_Data_LGBF_Year},
 * {@code LA_Data_LA_IndicatorReal}, and any other {@code LA_Information_*}, {@code Indicators_Information_*} or
 * {@code LA_Data_*} column of that publication, which is ignored). It collects every problem with the line it is on
 * rather than stopping at the first, so one round trip shows ADES everything to fix. Rows whose value is blank or a
 * "no data" mark (NA, *, -, ..) are skipped: LGBF leaves gaps where a council has no figure.
 */
public final class IndicatorCsv {

    /** What the parser needs to know about councils and indicators. */
    public interface Directory {
        /** The council's current GSS code, or {@link #SCOTLAND}, from a current or older code. */
        Optional<String> areaByCode(String code);

        /** The council's current GSS code, or {@link #SCOTLAND}, from any of its names. */
        Optional<String> areaByName(String name);

        /** The indicator's code as defined, from a code in any case. */
        Optional<String> indicator(String code);
    }

    public static final String SCOTLAND = "S92000003";

    public enum Layout { LONG, LGBF }

    public record Row(int line, String area, String indicator, String period, BigDecimal value) {
    }

    public record Problem(int line, String message) {
    }

    public record Result(Layout layout, List<Row> rows, List<Problem> problems, int skipped) {
    }

    private static final List<String> LONG_COLUMNS = List.of("gss_code", "area", "indicator", "period", "value");
    private static final String LGBF_AREA = "la_information_localauthority";
    private static final String LGBF_INDICATOR = "indicators_information_code";
    private static final String LGBF_PERIOD = "la_data_lgbf_year";
    private static final String LGBF_VALUE = "la_data_la_indicatorreal";
    private static final List<String> LGBF_PREFIXES = List.of("la_information_", "indicators_information_", "la_data_");
    private static final Set<String> NO_DATA = Set.of("", "na", "n/a", "*", "-", "..", ":");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private IndicatorCsv() {
    }

    public static Result parse(String text, Directory directory) {
        List<Problem> problems = new ArrayList<>();
        List<Record> records = records(text == null ? "" : text, problems);
        if (records.isEmpty()) {
            problems.add(new Problem(1, "The file is empty: expected a header line"));
            return new Result(null, List.of(), problems, 0);
        }
        Record header = records.get(0);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields.size(); i++) {
            String name = header.fields.get(i).trim().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(new Problem(header.line, "Column " + header.fields.get(i).trim() + " appears twice"));
            }
        }
        Layout layout = columns.containsKey(LGBF_AREA) || columns.keySet().stream().anyMatch(IndicatorCsv::isLgbf)
                ? Layout.LGBF : Layout.LONG;
        checkColumns(layout, header, columns, problems);
        if (!problems.isEmpty()) {
            return new Result(layout, List.of(), problems, 0);
        }
        if (records.size() == 1) {
            problems.add(new Problem(header.line, "The file has a header but no rows"));
        }

        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int skipped = 0;
        for (Record record : records.subList(1, records.size())) {
            if (record.fields.size() != header.fields.size()) {
                problems.add(new Problem(record.line, "The row has " + record.fields.size() + " fields, the header "
                        + header.fields.size()));
                continue;
            }
            int before = problems.size();
            Optional<String> area = layout == Layout.LONG
                    ? longArea(record, columns, directory, problems)
                    : lgbfArea(record, columns, directory, problems);
            String indicatorText = field(record, columns, layout == Layout.LONG ? "indicator" : LGBF_INDICATOR);
            Optional<String> indicator = directory.indicator(indicatorText);
            if (indicator.isEmpty()) {
                problems.add(new Problem(record.line, indicatorText.isEmpty() ? "The indicator is missing"
                        : "Unknown indicator '" + indicatorText + "'"));
            }
            String periodText = field(record, columns, layout == Layout.LONG ? "period" : LGBF_PERIOD);
            Optional<String> period = Periods.normalise(periodText);
            if (period.isEmpty()) {
                problems.add(new Problem(record.line, "Period '" + periodText
                        + "' is not a year such as 2020-21 or a span such as 2016-19"));
            }
            String valueText = field(record, columns, layout == Layout.LONG ? "value" : LGBF_VALUE);
            BigDecimal value = null;
            boolean noData = NO_DATA.contains(valueText.toLowerCase(Locale.ROOT));
            if (!noData) {
                if (NUMBER.matcher(valueText).matches()) {
                    value = new BigDecimal(valueText);
                } else {
                    problems.add(new Problem(record.line, "Value '" + valueText + "' is not a number"));
                }
            }
            if (area.isPresent() && indicator.isPresent() && period.isPresent()) {
                Integer first = firstLine.putIfAbsent(area.get() + "|" + indicator.get() + "|" + period.get(),
                        record.line);
                if (first != null) {
                    problems.add(new Problem(record.line, "Duplicates line " + first
                            + ": the same council, indicator and period"));
                }
            }
            if (problems.size() == before) {
                if (noData) {
                    skipped++;
                } else {
                    rows.add(new Row(record.line, area.get(), indicator.get(), period.get(), value));
                }
            }
        }
        return new Result(layout, rows, problems, skipped);
    }

    private static boolean isLgbf(String column) {
        return LGBF_PREFIXES.stream().anyMatch(column::startsWith);
    }

    private static void checkColumns(Layout layout, Record header, Map<String, Integer> columns,
            List<Problem> problems) {
        List<String> required = layout == Layout.LONG
                ? List.of("indicator", "period", "value")
                : List.of(LGBF_AREA, LGBF_INDICATOR, LGBF_PERIOD, LGBF_VALUE);
        for (String column : columns.keySet()) {
            boolean known = layout == Layout.LONG ? LONG_COLUMNS.contains(column) : isLgbf(column);
            if (!known) {
                problems.add(new Problem(header.line, "Unknown column '" + column + "'"
                        + (layout == Layout.LONG ? ": expected " + String.join(",", LONG_COLUMNS)
                        : ": expected LGBF publication columns "
                                + "(LA_Information_*, Indicators_Information_*, LA_Data_*)")));
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new Problem(header.line, "Missing column '" + column + "'"));
            }
        }
        if (layout == Layout.LONG && !columns.containsKey("gss_code") && !columns.containsKey("area")) {
            problems.add(new Problem(header.line, "Missing column 'gss_code' (or 'area' to match councils by name)"));
        }
    }

    private static Optional<String> longArea(Record record, Map<String, Integer> columns, Directory directory,
            List<Problem> problems) {
        String code = field(record, columns, "gss_code");
        String name = field(record, columns, "area");
        if (code.isEmpty()) {
            if (name.isEmpty()) {
                problems.add(new Problem(record.line, "Neither gss_code nor area says which council"));
                return Optional.empty();
            }
            return byName(name, record, directory, problems);
        }
        Optional<String> area = directory.areaByCode(code);
        if (area.isEmpty()) {
            problems.add(new Problem(record.line, "Unknown council code '" + code + "'"));
            return area;
        }
        Optional<String> named = name.isEmpty() ? Optional.empty() : directory.areaByName(name);
        if (named.isPresent() && !named.equals(area)) {
            problems.add(new Problem(record.line, "Area '" + name + "' is " + named.get() + ", not " + code));
            return Optional.empty();
        }
        return area;
    }

    private static Optional<String> lgbfArea(Record record, Map<String, Integer> columns, Directory directory,
            List<Problem> problems) {
        String name = field(record, columns, LGBF_AREA);
        if (name.isEmpty()) {
            problems.add(new Problem(record.line, "The local authority is missing"));
            return Optional.empty();
        }
        return byName(name, record, directory, problems);
    }

    private static Optional<String> byName(String name, Record record, Directory directory, List<Problem> problems) {
        Optional<String> area = directory.areaByName(name);
        if (area.isEmpty()) {
            problems.add(new Problem(record.line, "Unknown council '" + name
                    + "': add the spelling to the council's aliases"));
        }
        return area;
    }

    private static String field(Record record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.fields.get(index).trim();
    }

    private record Record(int line, List<String> fields) {
    }

    /** RFC 4180 records, each with the line it starts on; quoted fields may hold commas, quotes and line breaks. */
    private static List<Record> records(String text, List<Problem> problems) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRecord(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            problems.add(new Problem(recordLine, "A quoted field is not closed"));
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addRecord(records, recordLine, fields);
        }
        return records;
    }

    private static void addRecord(List<Record> records, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
