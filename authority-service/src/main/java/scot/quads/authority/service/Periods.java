package scot.quads.authority.service;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LGBF periods: a year such as "2020-21" or a rolling span such as "2016-19". They sort by the year they end,
 * then by the year they start, so "2019-20" comes after "2017-20" and before "2020-21".
 */
public final class Periods {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2})");

    public static final Comparator<String> CHRONOLOGICAL =
            Comparator.comparingInt(Periods::endYear).thenComparingInt(Periods::startYear);

    private Periods() {
    }

    /** "2020-21" from "2020-21" or "2020/21"; empty when it is not a period of one to five years. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PERIOD.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String period = m.group(1) + "-" + m.group(2);
        int length = endYear(period) - startYear(period);
        return length >= 1 && length <= 5 ? Optional.of(period) : Optional.empty();
    }

    static int startYear(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    static int endYear(String period) {
        int start = startYear(period);
        int end = start - start % 100 + Integer.parseInt(period.substring(5, 7));
        return end < start ? end + 100 : end;
    }
}
