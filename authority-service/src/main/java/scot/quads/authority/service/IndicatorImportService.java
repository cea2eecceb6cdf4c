package scot.quads.authority.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import scot.quads.authority.Council;
import scot.quads.authority.Indicator;
import scot.quads.authority.IndicatorValue;
import scot.quads.authority.ScotlandIndicatorValue;
import scot.quads.authority.repository.IndicatorImportLock;
import scot.quads.support.problem.ProblemException;

/**
 * ADES's import of indicator values: all or nothing. A file with any problem writes nothing and answers 422 with
 * every problem and its line; a dry run reports what a real run would insert, update and leave unchanged.
 */
@ApplicationScoped
public class IndicatorImportService {

    private final AliasService aliases;
    private final CouncilService councils;
    private final IndicatorImportLock lock;
    private final AuditLog audit;

    public IndicatorImportService(AliasService aliases, CouncilService councils, IndicatorImportLock lock,
            AuditLog audit) {
        this.aliases = aliases;
        this.councils = councils;
        this.lock = lock;
        this.audit = audit;
    }

    public record Outcome(boolean dryRun, IndicatorCsv.Layout layout, int inserted, int updated, int unchanged,
            int skipped, List<IndicatorCsv.Problem> problems) {
    }

    @Transactional
    public Outcome importCsv(String csv, boolean dryRun, String by) {
        IndicatorCsv.Result parsed = IndicatorCsv.parse(csv, directory());
        if (!parsed.problems().isEmpty()) {
            throw new ProblemException(422, "Unprocessable content", "The file has " + parsed.problems().size()
                    + " problem(s); nothing was imported", null, Map.of("problems", parsed.problems()));
        }
        if (!dryRun) {
            lock.holdOffOtherImports();
        }
        Map<String, IndicatorValue> councilValues = new HashMap<>();
        // A dry run only reads; a real one changes some of these in place (written at flush, 50 to a batch).
        List<IndicatorValue> stored = dryRun ? IndicatorValue.readAll() : IndicatorValue.listAll();
        for (IndicatorValue v : stored) {
            councilValues.put(v.gssCode + "|" + v.indicator + "|" + v.period, v);
        }
        Map<String, ScotlandIndicatorValue> scotlandValues = new HashMap<>();
        List<ScotlandIndicatorValue> storedScotland = dryRun ? ScotlandIndicatorValue.readAll()
                : ScotlandIndicatorValue.listAll();
        for (ScotlandIndicatorValue v : storedScotland) {
            scotlandValues.put(v.indicator + "|" + v.period, v);
        }
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        Map<String, Map<String, BigDecimal>> before = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> after = new TreeMap<>();
        for (IndicatorCsv.Row row : parsed.rows()) {
            boolean scotland = IndicatorCsv.SCOTLAND.equals(row.area());
            String key = row.indicator() + "|" + row.period();
            BigDecimal old = scotland
                    ? Optional.ofNullable(scotlandValues.get(key)).map(v -> v.value).orElse(null)
                    : Optional.ofNullable(councilValues.get(row.area() + "|" + key)).map(v -> v.value).orElse(null);
            if (old != null && old.compareTo(row.value()) == 0) {
                unchanged++;
                continue;
            }
            if (old == null) {
                inserted++;
            } else {
                updated++;
            }
            String label = row.indicator() + " " + row.period();
            before.computeIfAbsent(row.area(), a -> new TreeMap<>()).put(label, old);
            after.computeIfAbsent(row.area(), a -> new TreeMap<>()).put(label, row.value());
            if (!dryRun) {
                write(row, scotland ? scotlandValues.get(key) : councilValues.get(row.area() + "|" + key));
            }
        }
        if (!dryRun) {
            after.forEach((area, values) -> audit.record(area, by, AuditLog.INDICATORS_IMPORTED,
                    before.get(area), values));
        }
        return new Outcome(dryRun, parsed.layout(), inserted, updated, unchanged, parsed.skipped(), List.of());
    }

    private static void write(IndicatorCsv.Row row, Object existing) {
        if (existing instanceof IndicatorValue value) {
            value.value = row.value();
        } else if (existing instanceof ScotlandIndicatorValue value) {
            value.value = row.value();
        } else if (IndicatorCsv.SCOTLAND.equals(row.area())) {
            ScotlandIndicatorValue value = new ScotlandIndicatorValue();
            value.indicator = row.indicator();
            value.period = row.period();
            value.value = row.value();
            value.persist();
        } else {
            IndicatorValue value = new IndicatorValue();
            value.gssCode = row.area();
            value.indicator = row.indicator();
            value.period = row.period();
            value.value = row.value();
            value.persist();
        }
    }

    /** Councils by current or older code and any name; Scotland by its code or name; indicators in any case. */
    private IndicatorCsv.Directory directory() {
        NameMatcher names = aliases.matcher();
        Map<String, String> codes = new HashMap<>();
        for (Council council : councils.all()) {
            codes.put(council.gssCode, council.gssCode);
            if (council.legacyGssCode != null) {
                codes.put(council.legacyGssCode, council.gssCode);
            }
        }
        Map<String, String> indicatorCodes = new HashMap<>();
        for (Indicator indicator : Indicator.<Indicator>listAll()) {
            indicatorCodes.put(indicator.code.toLowerCase(Locale.ROOT), indicator.code);
        }
        return new IndicatorCsv.Directory() {
            @Override
            public Optional<String> areaByCode(String code) {
                String upper = code.trim().toUpperCase(Locale.ROOT);
                return IndicatorCsv.SCOTLAND.equals(upper) ? Optional.of(upper) : Optional.ofNullable(codes.get(upper));
            }

            @Override
            public Optional<String> areaByName(String name) {
                if (NameMatcher.key(name).equals("scotland")) {
                    return Optional.of(IndicatorCsv.SCOTLAND);
                }
                return names.match(name);
            }

            @Override
            public Optional<String> indicator(String code) {
                return Optional.ofNullable(indicatorCodes.get(code.trim().toLowerCase(Locale.ROOT)));
            }
        };
    }
}
