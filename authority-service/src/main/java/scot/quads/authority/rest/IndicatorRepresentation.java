package scot.quads.authority.rest;

import java.util.List;
import scot.quads.authority.service.IndicatorService;

/** An indicator's definition and the periods that have values, oldest first. */
public record IndicatorRepresentation(String code, String title, String unit, Boolean higherIsBetter,
        String familySet, List<String> periods) {

    static IndicatorRepresentation of(IndicatorService.Definition definition) {
        var i = definition.indicator();
        return new IndicatorRepresentation(i.code, i.title, i.unit, i.higherIsBetter, i.familySet,
                definition.periods());
    }
}
