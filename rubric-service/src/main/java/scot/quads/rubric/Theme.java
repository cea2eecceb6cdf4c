package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A theme of a rubric version, such as "What key outcomes have we achieved?". */
@Entity
@Table(name = "theme")
public class Theme extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "version_id")
    public UUID versionId;
    public String code;
    public String title;
    public String guidance;
    public int position;

    public static List<Theme> ofVersion(UUID versionId) {
        return list("from Theme t where t.versionId = ?1 order by t.position", versionId);
    }
}
