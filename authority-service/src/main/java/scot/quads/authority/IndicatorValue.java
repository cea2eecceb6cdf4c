package scot.quads.authority;

import java.math.BigDecimal;

/** One council's value of one indicator in one period. */
public class IndicatorValue {

    public Long id;
    public String gssCode;
    public String indicator;
    public String period;
    public BigDecimal value;
}
