package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * A council as authority-service last announced it: this service's only source of valid council codes. A plain
 * entity rather than a read model in {@code repository/}: one row per council, replaced whole by each event
 * (CouncilConsumer), and joined by the autosave's one query to find the council's evaluation.
 */
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
    /** The time of the event this row reflects: an older event arriving late does not overwrite a newer one. */
    @Column(name = "as_of")
    public OffsetDateTime asOf;

    /** The code as councils are known by: trimmed, upper case. */
    public static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** By current GSS code, or by the older code some councils had before boundary changes. */
    public static Optional<Council> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String normalised = normalise(code);
        return Council.<Council>findByIdOptional(normalised)
                .or(() -> find("legacyGssCode", normalised).firstResultOptional());
    }
}
