package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A quality indicator under a theme. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "version_id")
    public UUID versionId;
    @Column(name = "theme_id")
    public UUID themeId;
    public String code;
    public String title;
    public String guidance;
    public int position;

    public static List<Indicator> ofVersion(UUID versionId) {
        return list("from Indicator i where i.versionId = ?1 order by i.position", versionId);
    }
}
