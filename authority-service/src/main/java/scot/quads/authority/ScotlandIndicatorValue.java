package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

/** Scotland's value (S92000003) of one indicator in one period: the national benchmark, not a council. */
@Entity
@Table(name = "scotland_indicator_value")
public class ScotlandIndicatorValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String indicator;
    public String period;
    public BigDecimal value;

    /** Every value, only to read. */
    public static List<ScotlandIndicatorValue> readAll() {
        return findAll().withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }
}
