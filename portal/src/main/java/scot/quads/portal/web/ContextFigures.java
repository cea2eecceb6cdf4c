package scot.quads.portal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import scot.quads.portal.client.AuthorityApi.CouncilIndicators;
import scot.quads.portal.client.AuthorityApi.IndicatorEntry;
import scot.quads.portal.client.RubricApi.Question;

/**
 * The council's context indicators, to put beside the questions that name them: its value, its family's average and
 * Scotland's, for the latest period authority-service holds. A code authority-service does not know is left out,
 * and so is everything if its figures could not be read (the page still serves the answers).
 */
public final class ContextFigures {

    public static final ContextFigures NONE = new ContextFigures(Map.of());

    private final Map<String, IndicatorEntry> byCode;

    private ContextFigures(Map<String, IndicatorEntry> byCode) {
        this.byCode = byCode;
    }

    public static ContextFigures of(CouncilIndicators indicators) {
        if (indicators == null || indicators.indicators() == null) {
            return NONE;
        }
        Map<String, IndicatorEntry> byCode = new LinkedHashMap<>();
        indicators.indicators().forEach(entry -> byCode.put(entry.code(), entry));
        return new ContextFigures(byCode);
    }

    /** The figures of the indicators the question names, in its order. */
    public List<IndicatorEntry> of(Question question) {
        if (question.contextIndicators() == null) {
            return List.of();
        }
        return question.contextIndicators().stream().map(byCode::get).filter(Objects::nonNull).toList();
    }

    /** A figure as a reader compares them: grouped thousands, at most one decimal place; a dash for none. */
    static String figure(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }
}
