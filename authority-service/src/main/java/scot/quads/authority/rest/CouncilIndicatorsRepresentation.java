package scot.quads.authority.rest;

import java.math.BigDecimal;
import java.util.List;
import scot.quads.authority.service.IndicatorService;

/**
 * A council's indicators beside its family and Scotland. {@code rank} is 1 for the family's best value and null
 * when the indicator has no better direction or the council has no value; {@code familySize} counts the family's
 * councils, {@code familyWithValues} those that have a value in the period.
 */
public record CouncilIndicatorsRepresentation(String gssCode, String name, List<Entry> indicators) {

    public record Entry(String code, String title, String unit, Boolean higherIsBetter, String familySet,
            String period, BigDecimal value, Integer family, BigDecimal familyAverage, int familySize,
            int familyWithValues, Integer rank, BigDecimal scotland) {

        static Entry of(IndicatorService.Comparison c) {
            var i = c.indicator();
            return new Entry(i.code, i.title, i.unit, i.higherIsBetter, i.familySet, c.period(), c.value(),
                    c.family(), c.familyAverage(), c.familySize(), c.familyWithValues(), c.rank(), c.scotland());
        }
    }
}
