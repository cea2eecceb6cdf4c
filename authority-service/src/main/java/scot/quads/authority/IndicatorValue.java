package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

/** One council's value of one indicator in one period, written by ADES's imports. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "gss_code")
    public String gssCode;
    public String indicator;
    public String period;
    public BigDecimal value;

    /** An indicator that has values in a period. */
    public record IndicatorPeriod(String indicator, String period) {
    }

    /** Each indicator with each period it has values in. */
    public static List<IndicatorPeriod> periods() {
        return getEntityManager()
                .createQuery("select distinct v.indicator, v.period from IndicatorValue v", IndicatorPeriod.class)
                .getResultList();
    }

    /** The councils' values of an indicator in a period, by council, only to read. */
    public static List<IndicatorValue> of(String indicator, String period) {
        return find("indicator = ?1 and period = ?2 order by gssCode", indicator, period)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Every council's every value, only to read. */
    public static List<IndicatorValue> readAll() {
        return findAll().withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
