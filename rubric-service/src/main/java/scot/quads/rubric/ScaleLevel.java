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

/** One level of a version's evaluation scale, such as 4 "Good". */
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

    public static List<ScaleLevel> ofVersion(UUID versionId) {
        return list("from ScaleLevel l where l.versionId = ?1 order by l.position", versionId);
    }

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
