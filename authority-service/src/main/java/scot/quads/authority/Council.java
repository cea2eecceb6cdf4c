package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A council: the GSS code is its identity; names change between publications and are kept beside it. ADES's changes
 * carry the version they were made on: a change on an outdated copy fails at flush and writes nothing.
 */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    /** The unique constraint on the official name (an exact spelling; the service also refuses one in any case). */
    public static final String UNIQUE_NAME = "council_name_key";

    @Id
    @Column(name = "gss_code")
    public String gssCode;
    public String name;
    @Column(name = "lgbf_name")
    public String lgbfName;
    @Column(name = "legacy_gss_code")
    public String legacyGssCode;
    @Column(name = "regional_collaborative")
    public String regionalCollaborative;
    @Column(name = "people_family")
    public Integer peopleFamily;
    @Column(name = "other_family")
    public Integer otherFamily;
    public boolean active;
    @Version
    public int version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static List<Council> listByName() {
        return list("order by name");
    }

    /** By current GSS code, or by the older code some councils had before boundary changes. */
    public static Optional<Council> findByCode(String code) {
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return find("gssCode = ?1 or legacyGssCode = ?1 order by gssCode", wanted).firstResultOptional();
    }

    /** Whether a council other than {@code exceptCode} is called {@code name}, in any case. */
    public static boolean otherIsNamed(String name, String exceptCode) {
        return count("lower(name) = lower(?1) and gssCode <> ?2", name, exceptCode) > 0;
    }
}
