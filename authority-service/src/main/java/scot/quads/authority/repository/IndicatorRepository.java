package scot.quads.authority.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import scot.quads.authority.Indicator;
import scot.quads.authority.IndicatorValue;
import scot.quads.authority.ScotlandIndicatorValue;
import scot.quads.support.jdbc.Database;

/** The context indicators' definitions and values, in plain SQL within the caller's transaction. */
@ApplicationScoped
public class IndicatorRepository {

    private static final String INDICATOR = "SELECT code, title, unit, higher_is_better, family_set FROM indicator";
    private static final String VALUE = "SELECT id, gss_code, indicator, period, value FROM indicator_value";

    private final Database database;

    public IndicatorRepository(Database database) {
        this.database = database;
    }

    public List<Indicator> indicators() {
        return database.list(INDICATOR + " ORDER BY code", IndicatorRepository::indicator);
    }

    /** By its code exactly, or else in any case. */
    public Optional<Indicator> indicator(String code) {
        return database.first(INDICATOR + " WHERE code = ?", IndicatorRepository::indicator, code)
                .or(() -> database.first(INDICATOR + " WHERE lower(code) = lower(?) ORDER BY code",
                        IndicatorRepository::indicator, code));
    }

    /** Each indicator with each period it has values in, as [indicator, period] pairs. */
    public List<String[]> periods() {
        return database.list("SELECT DISTINCT indicator, period FROM indicator_value",
                row -> new String[] {row.getString(1), row.getString(2)});
    }

    public List<IndicatorValue> values(String indicator, String period) {
        return database.list(VALUE + " WHERE indicator = ? AND period = ? ORDER BY gss_code",
                IndicatorRepository::value, indicator, period);
    }

    public List<IndicatorValue> allValues() {
        return database.list(VALUE + " ORDER BY id", IndicatorRepository::value);
    }

    public List<ScotlandIndicatorValue> scotlandValues() {
        return database.list("SELECT id, indicator, period, value FROM scotland_indicator_value ORDER BY id", row -> {
            ScotlandIndicatorValue v = new ScotlandIndicatorValue();
            v.id = row.getLong(1);
            v.indicator = row.getString(2);
            v.period = row.getString(3);
            v.value = row.getBigDecimal(4);
            return v;
        });
    }

    /** Holds off other imports (and their writes) until this transaction ends; reads go on. */
    public void lockValues() {
        database.update("LOCK TABLE indicator_value, scotland_indicator_value IN SHARE ROW EXCLUSIVE MODE");
    }

    public void insertValue(String gssCode, String indicator, String period, BigDecimal value) {
        database.update("INSERT INTO indicator_value (gss_code, indicator, period, value) VALUES (?, ?, ?, ?)",
                gssCode, indicator, period, value);
    }

    public void updateValue(long id, BigDecimal value) {
        database.update("UPDATE indicator_value SET value = ? WHERE id = ?", value, id);
    }

    public void insertScotlandValue(String indicator, String period, BigDecimal value) {
        database.update("INSERT INTO scotland_indicator_value (indicator, period, value) VALUES (?, ?, ?)",
                indicator, period, value);
    }

    public void updateScotlandValue(long id, BigDecimal value) {
        database.update("UPDATE scotland_indicator_value SET value = ? WHERE id = ?", value, id);
    }

    private static Indicator indicator(ResultSet row) throws SQLException {
        Indicator i = new Indicator();
        i.code = row.getString(1);
        i.title = row.getString(2);
        i.unit = row.getString(3);
        i.higherIsBetter = row.getObject(4, Boolean.class);
        i.familySet = row.getString(5);
        return i;
    }

    private static IndicatorValue value(ResultSet row) throws SQLException {
        IndicatorValue v = new IndicatorValue();
        v.id = row.getLong(1);
        v.gssCode = row.getString(2);
        v.indicator = row.getString(3);
        v.period = row.getString(4);
        v.value = row.getBigDecimal(5);
        return v;
    }
}
