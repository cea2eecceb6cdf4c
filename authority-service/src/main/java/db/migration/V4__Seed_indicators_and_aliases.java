package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import scot.quads.authority.service.IndicatorCsv;
import scot.quads.authority.service.NameMatcher;

/**
 * Loads the LGBF children's-services indicators ({@code seed/lgbf-children-*.csv}: definitions, then values per
 * council and for Scotland) and each council's known name spellings as aliases. Children's services are benchmarked
 * on the people-services families. Indicators defined without values yet (CHN9, CHN17, CHN22, CHN23) are kept.
 */
public class V4__Seed_indicators_and_aliases extends BaseJavaMigration {

    /** Spellings seen in LGBF, ONS and council publications besides each council's official and LGBF names. */
    private static final Map<String, List<String>> VARIANTS = Map.ofEntries(
            Map.entry("S12000033", List.of("Aberdeen")),
            Map.entry("S12000035", List.of("Argyll & Bute")),
            Map.entry("S12000036", List.of("Edinburgh, City of", "Edinburgh City", "Edinburgh", "City of Edinburgh")),
            Map.entry("S12000006", List.of("Dumfries & Galloway")),
            Map.entry("S12000042", List.of("Dundee")),
            Map.entry("S12000049", List.of("Glasgow")),
            Map.entry("S12000013", List.of("Eilean Siar", "Comhairle nan Eilean Siar", "Na h-Eileanan an Iar",
                    "Western Isles")),
            Map.entry("S12000023", List.of("Orkney", "Orkney Islands")),
            Map.entry("S12000048", List.of("Perth & Kinross")),
            Map.entry("S12000026", List.of("Borders", "Scottish Borders")),
            Map.entry("S12000027", List.of("Shetland", "Shetland Islands")));

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        seedAliases(connection);
        seedIndicators(connection);
        seedValues(connection);
    }

    private static void seedAliases(Connection connection) throws Exception {
        Map<String, String[]> aliases = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet councils = query.executeQuery(
                        "SELECT gss_code, name, lgbf_name FROM council ORDER BY gss_code")) {
            while (councils.next()) {
                String code = councils.getString("gss_code");
                List<String> names = new ArrayList<>();
                names.add(councils.getString("name"));
                if (councils.getString("lgbf_name") != null) {
                    names.add(councils.getString("lgbf_name"));
                }
                names.addAll(VARIANTS.getOrDefault(code, List.of()));
                for (String name : names) {
                    aliases.putIfAbsent(NameMatcher.key(name), new String[] {name, code});
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO council_alias (match_key, alias, gss_code) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String[]> alias : aliases.entrySet()) {
                insert.setString(1, alias.getKey());
                insert.setString(2, alias.getValue()[0]);
                insert.setString(3, alias.getValue()[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void seedIndicators(Connection connection) throws Exception {
        List<String[]> rows = read("/seed/lgbf-children-indicator-definitions.csv",
                "indicator,title,unit,higher_is_better");
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO indicator (code, title, unit, higher_is_better, family_set)
                VALUES (?, ?, ?, ?, 'people')""")) {
            for (String[] f : rows) {
                insert.setString(1, f[0]);
                insert.setString(2, f[1]);
                insert.setString(3, f[2]);
                if (f.length < 4 || f[3].isBlank()) {
                    insert.setNull(4, Types.BOOLEAN);
                } else {
                    insert.setBoolean(4, Boolean.parseBoolean(f[3].trim()));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void seedValues(Connection connection) throws Exception {
        List<String[]> rows = read("/seed/lgbf-children-indicators.csv", "gss_code,area,indicator,period,value");
        try (PreparedStatement council = connection.prepareStatement(
                "INSERT INTO indicator_value (gss_code, indicator, period, value) VALUES (?, ?, ?, ?)");
                PreparedStatement scotland = connection.prepareStatement(
                        "INSERT INTO scotland_indicator_value (indicator, period, value) VALUES (?, ?, ?)")) {
            for (String[] f : rows) {
                BigDecimal value = new BigDecimal(f[4].trim());
                if (IndicatorCsv.SCOTLAND.equals(f[0])) {
                    scotland.setString(1, f[2]);
                    scotland.setString(2, f[3]);
                    scotland.setBigDecimal(3, value);
                    scotland.addBatch();
                } else {
                    council.setString(1, f[0]);
                    council.setString(2, f[2]);
                    council.setString(3, f[3]);
                    council.setBigDecimal(4, value);
                    council.addBatch();
                }
            }
            council.executeBatch();
            scotland.executeBatch();
        }
    }

    /** The seed files are ours and hold no quoted fields. */
    private static List<String[]> read(String resource, String expectedHeader) throws IOException {
        try (InputStream in = V4__Seed_indicators_and_aliases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.trim().equals(expectedHeader)) {
                throw new IllegalStateException("Unexpected header in " + resource + ": " + header);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        }
    }
}
