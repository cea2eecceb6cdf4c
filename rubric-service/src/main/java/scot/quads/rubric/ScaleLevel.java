package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** One level of a version's evaluation scale, such as 4 "Good"; a level is known by its version and value. */
@Entity
@Table(name = "scale_level")
@IdClass(ScaleLevel.Key.class)
public class ScaleLevel extends PanacheEntityBase {

    @Id
    @Column(name = "version_id")
    public UUID versionId;
    @Id
    public int value;
    public String label;
    public String descriptor;
    public int position;

    /** The version's scale in the order it is shown, only to read. */
    public static List<ScaleLevel> ofVersion(UUID versionId) {
        return find("versionId = ?1 order by position", versionId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The primary key: version and value. */
    public static class Key implements Serializable {
        public UUID versionId;
        public int value;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.value == value && Objects.equals(key.versionId, versionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, value);
        }
    }
}
