package scot.quads.authority;

import java.math.BigDecimal;

/** Scotland's value (S92000003) of one indicator in one period: the national benchmark, not a council. */
public class ScotlandIndicatorValue {

    public Long id;
    public String indicator;
    public String period;
    public BigDecimal value;
}
