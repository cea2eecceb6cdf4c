package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A council as authority-service last announced it: quads are formed from active councils only. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    @Id
    @Column(name = "gss_code")
    public String gssCode;
    public String name;
    public boolean active;
    @Column(name = "people_family")
    public Integer peopleFamily;
    @Column(name = "other_family")
    public Integer otherFamily;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Map<String, Council> byCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<Council> found = list("gssCode in ?1", codes);
        return found.stream().collect(Collectors.toMap(c -> c.gssCode, Function.identity()));
    }
}
