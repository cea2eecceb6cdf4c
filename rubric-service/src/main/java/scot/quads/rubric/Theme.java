package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * A theme of a rubric version, such as "What key outcomes have we achieved?". A version's pieces refer to each other
 * by id: a version's content is read kind by kind, one query each, and assembled by {@link RubricContent}.
 */
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

    /** The version's themes in order, only to read. */
    public static List<Theme> ofVersion(UUID versionId) {
        return find("versionId = ?1 order by position", versionId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The version's themes in order, to change (their positions). */
    public static List<Theme> ofVersionToChange(UUID versionId) {
        return list("versionId = ?1 order by position", versionId);
    }

    public static Optional<Theme> inVersion(UUID versionId, String code) {
        return find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional();
    }

    public static boolean codeTaken(UUID versionId, String code) {
        return count("versionId = ?1 and code = ?2", versionId, code) > 0;
    }

    public static int countInVersion(UUID versionId) {
        return (int) count("versionId", versionId);
    }
}
