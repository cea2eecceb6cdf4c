package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A context indicator's definition. {@code higherIsBetter} is null for counts such as pupil numbers, which have no
 * better direction; {@code familySet} says which LGBF family groups it is benchmarked on ("people" or "other").
 * Definitions come with the migrations and are only read.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    public static final String PEOPLE = "people";
    public static final String OTHER = "other";

    @Id
    public String code;
    public String title;
    public String unit;
    @Column(name = "higher_is_better")
    public Boolean higherIsBetter;
    @Column(name = "family_set")
    public String familySet;

    /** By its code exactly, or else in any case. */
    public static Optional<Indicator> findByCode(String code) {
        return Indicator.<Indicator>findByIdOptional(code)
                .or(() -> find("lower(code) = lower(?1) order by code", code).firstResultOptional());
    }
}
