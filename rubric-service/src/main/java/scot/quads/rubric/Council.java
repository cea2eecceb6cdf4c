package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/** A council as authority-service last announced it: this service's only source of valid council codes. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    @Id
    @Column(name = "gss_code")
    public String gssCode;
    public String name;
    @Column(name = "legacy_gss_code")
    public String legacyGssCode;
    public boolean active;
    @Column(name = "as_of")
    public OffsetDateTime asOf;

    /** By current GSS code, or by the older code some councils had before boundary changes. */
    public static Optional<Council> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        return Council.<Council>findByIdOptional(normalised)
                .or(() -> find("legacyGssCode", normalised).firstResultOptional());
    }
}
