package scot.quads.portal.web;

import java.util.List;

import scot.quads.portal.client.EvidenceApi.Item;
import scot.quads.portal.client.EvidenceApi.Pack;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Focus;
import scot.quads.portal.client.RubricApi.Indicator;
import scot.quads.portal.client.RubricApi.Statement;
import scot.quads.portal.client.RubricApi.SwotItem;

/**
 * The council's own part of the cycle, shown beside its answers on an indicator page: its focus, the SWOT items of
 * its statement and the evidence that relate to the indicator or to one of its questions. Any part the services
 * could not give is left out (null).
 */
public record OwnPart(Focus focus, Statement statement, Pack evidence) {

    public static final OwnPart NONE = new OwnPart(null, null, null);

    /** Whether the focus is written enough to show (it has a focus question). */
    public boolean hasFocus() {
        return focus != null && focus.focusQuestion() != null && !focus.focusQuestion().isBlank();
    }

    /** Whether the focus names this indicator or one of its questions. */
    public boolean focusRelatesTo(Indicator indicator) {
        return focusRelatesTo(indicator.code(), codes(indicator));
    }

    /** The statement's SWOT items that relate to this indicator or one of its questions. */
    public List<SwotItem> swotFor(Indicator indicator) {
        return swotFor(indicator.code(), codes(indicator));
    }

    private static List<String> codes(Indicator indicator) {
        return indicator.questions().stream().map(RubricApi.Question::code).toList();
    }

    boolean focusRelatesTo(String indicatorCode, List<String> questionCodes) {
        return hasFocus() && (focus.indicators().contains(indicatorCode)
                || focus.questions().stream().anyMatch(questionCodes::contains));
    }

    /** The statement's SWOT items that relate to this indicator or one of these questions, in priority order. */
    List<SwotItem> swotFor(String indicatorCode, List<String> questionCodes) {
        if (statement == null) {
            return List.of();
        }
        return statement.swot().stream()
                .filter(item -> item.indicators().contains(indicatorCode)
                        || item.questions().stream().anyMatch(questionCodes::contains))
                .sorted(java.util.Comparator.comparing((SwotItem item) -> StatementPages.KINDS.indexOf(item.kind()))
                        .thenComparingInt(SwotItem::priority))
                .toList();
    }

    /** The evidence that supports this question's answer or this quality indicator. */
    public List<Item> evidenceFor(String code) {
        return evidence == null || !evidence.shown() ? List.of() : evidence.supporting(code);
    }

    /** A SWOT item's kind in words: Strength, Weakness, Opportunity, Threat. */
    public String kind(SwotItem item) {
        String kind = item.kind();
        return kind == null || kind.isEmpty() ? "" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
