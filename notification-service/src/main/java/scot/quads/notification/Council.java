package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** A council's name as the authority service last announced it, so notifications say "Glasgow City", not a code. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    @Id
    @Column(name = "gss_code")
    public String gssCode;
    public String name;

    /** The known names of these councils, by code; a council not announced yet is simply absent. */
    public static Map<String, String> namesOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return Council.<Council>list("gssCode in ?1", codes).stream()
                .collect(Collectors.toMap(c -> c.gssCode, c -> c.name));
    }
}
