package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A council: the GSS code is its identity; names change between publications and are kept beside it. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

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
        return find("gssCode = ?1 or legacyGssCode = ?1", code.trim().toUpperCase()).firstResultOptional();
    }
}
