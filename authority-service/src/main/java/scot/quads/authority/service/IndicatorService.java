package scot.quads.authority.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.quads.authority.Council;
import scot.quads.authority.Indicator;
import scot.quads.authority.IndicatorValue;
import scot.quads.authority.ScotlandIndicatorValue;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/** Reading the context indicators: definitions, a period's values, and one council beside its family and Scotland. */
@ApplicationScoped
public class IndicatorService {

    private static final Pattern CODE_PARTS = Pattern.compile("(\\D*)(\\d*)(.*)");
    /** CHN1, CHN2, … CHN10 rather than CHN1, CHN10, CHN2. */
    static final Comparator<String> CODE_ORDER = Comparator
            .comparing((String code) -> part(code, 1))
            .thenComparingInt(code -> part(code, 2).isEmpty() ? -1 : Integer.parseInt(part(code, 2)))
            .thenComparing(code -> part(code, 3));

    private final CouncilService councils;

    public IndicatorService(CouncilService councils) {
        this.councils = councils;
    }

    public record Definition(Indicator indicator, List<String> periods) {
    }

    public record Values(String indicator, String period, List<AreaValue> values) {
    }

    public record AreaValue(String gssCode, BigDecimal value) {
    }

    /** One indicator for one council in one period, beside its family and Scotland. */
    public record Comparison(Indicator indicator, String period, BigDecimal value, Integer family,
            BigDecimal familyAverage, int familySize, int familyWithValues, Integer rank, BigDecimal scotland) {
    }

    public List<Definition> definitions() {
        Map<String, TreeSet<String>> periods = periodsByIndicator();
        return Indicator.<Indicator>listAll().stream()
                .sorted(Comparator.comparing(i -> i.code, CODE_ORDER))
                .map(i -> new Definition(i, List.copyOf(periods.getOrDefault(i.code, new TreeSet<>()))))
                .toList();
    }

    public Indicator indicator(String code) {
        return Indicator.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Indicator", code));
    }

    /** The councils' values in {@code period}, or in the latest period that has any when it is null. */
    public Values values(String code, String period) {
        Indicator indicator = indicator(code);
        TreeSet<String> periods = periodsByIndicator()
                .getOrDefault(indicator.code, new TreeSet<>(Periods.CHRONOLOGICAL));
        String chosen = period == null ? (periods.isEmpty() ? null : periods.last()) : wellFormed(period);
        if (period != null && !periods.contains(chosen)) {
            throw unknownPeriod(indicator.code + " has no values for period " + chosen
                    + (periods.isEmpty() ? "" : "; it has " + String.join(", ", periods)));
        }
        if (chosen == null) {
            return new Values(indicator.code, null, List.of());
        }
        List<AreaValue> values = IndicatorValue.of(indicator.code, chosen).stream()
                .map(v -> new AreaValue(v.gssCode, v.value)).toList();
        return new Values(indicator.code, chosen, values);
    }

    /**
     * Every indicator for the council in {@code period} (or each indicator's latest period when null), beside its
     * family's average, its rank in the family (1 = best; none when the indicator has no better direction or the
     * council has no value) and Scotland's value. The family is the council's group in the indicator's family set.
     */
    public List<Comparison> forCouncil(String code, String period) {
        Council council = councils.get(code);
        List<Council> all = councils.all();
        Map<String, Map<String, Map<String, BigDecimal>>> byIndicator = new HashMap<>();
        for (IndicatorValue v : IndicatorValue.readAll()) {
            byIndicator.computeIfAbsent(v.indicator, i -> new HashMap<>())
                    .computeIfAbsent(v.period, p -> new HashMap<>())
                    .put(v.gssCode, v.value);
        }
        Map<String, BigDecimal> scotland = new HashMap<>();
        for (ScotlandIndicatorValue v : ScotlandIndicatorValue.readAll()) {
            scotland.put(v.indicator + "|" + v.period, v.value);
        }
        String wanted = period == null ? null : wellFormed(period);
        if (wanted != null && byIndicator.values().stream().noneMatch(p -> p.containsKey(wanted))) {
            throw unknownPeriod("No indicator has values for period " + wanted);
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (Definition definition : definitions()) {
            Indicator indicator = definition.indicator();
            String chosen = wanted != null ? wanted
                    : definition.periods().isEmpty() ? null : definition.periods().get(definition.periods().size() - 1);
            Map<String, BigDecimal> values = chosen == null ? null
                    : byIndicator.getOrDefault(indicator.code, Map.of()).get(chosen);
            if (values == null) {
                if (wanted == null) {
                    comparisons.add(new Comparison(indicator, null, null, family(council, indicator), null,
                            familyOf(all, council, indicator).size(), 0, null, null));
                }
                continue;
            }
            comparisons.add(compare(council, indicator, chosen, values, familyOf(all, council, indicator),
                    scotland.get(indicator.code + "|" + chosen)));
        }
        return comparisons;
    }

    private static Comparison compare(Council council, Indicator indicator, String period,
            Map<String, BigDecimal> values, List<Council> family, BigDecimal scotland) {
        BigDecimal own = values.get(council.gssCode);
        List<BigDecimal> familyValues = family.stream().map(c -> values.get(c.gssCode)).filter(Objects::nonNull)
                .toList();
        BigDecimal average = familyValues.isEmpty() ? null
                : familyValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(familyValues.size()), 4, RoundingMode.HALF_UP);
        Integer rank = null;
        if (own != null && indicator.higherIsBetter != null) {
            boolean higher = indicator.higherIsBetter;
            rank = 1 + (int) familyValues.stream()
                    .filter(v -> higher ? v.compareTo(own) > 0 : v.compareTo(own) < 0)
                    .count();
        }
        return new Comparison(indicator, period, own, family(council, indicator), average, family.size(),
                familyValues.size(), rank, scotland);
    }

    private static Integer family(Council council, Indicator indicator) {
        return Indicator.OTHER.equals(indicator.familySet) ? council.otherFamily : council.peopleFamily;
    }

    private static List<Council> familyOf(List<Council> all, Council council, Indicator indicator) {
        Integer family = family(council, indicator);
        if (family == null) {
            return List.of(council);
        }
        return all.stream().filter(c -> family.equals(family(c, indicator))).toList();
    }

    private static Map<String, TreeSet<String>> periodsByIndicator() {
        Map<String, TreeSet<String>> periods = new HashMap<>();
        for (IndicatorValue.IndicatorPeriod pair : IndicatorValue.periods()) {
            periods.computeIfAbsent(pair.indicator(), i -> new TreeSet<>(Periods.CHRONOLOGICAL)).add(pair.period());
        }
        return periods;
    }

    /** The period as stored ("2020-21" from "2020/21"); 400 when it is not a period of one to five years at all. */
    private static String wellFormed(String period) {
        return Periods.normalise(period).orElseThrow(() -> ProblemException.badRequest(
                "period must be a year such as 2020-21 or a span such as 2016-19",
                new Problem.FieldError("period", "must be a year such as 2020-21 or a span such as 2016-19")));
    }

    private static ProblemException unknownPeriod(String detail) {
        return new ProblemException(404, "Not found", detail,
                List.of(new Problem.FieldError("period", "has no values")), null);
    }

    private static String part(String code, int group) {
        Matcher m = CODE_PARTS.matcher(code);
        return m.matches() ? m.group(group) : code;
    }
}
