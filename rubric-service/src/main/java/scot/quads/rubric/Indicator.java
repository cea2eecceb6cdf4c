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
    /** In a version graded per quality indicator: whether a council may mark it not applicable, with a reason. */
    @Column(name = "not_applicable_allowed")
    public boolean notApplicableAllowed;

    /** The version's indicators in order, only to read. */
    public static List<Indicator> ofVersion(UUID versionId) {
        return find("versionId = ?1 order by position", versionId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The theme's indicators in order, to change (their positions). */
    public static List<Indicator> ofTheme(UUID themeId) {
        return list("themeId = ?1 order by position", themeId);
    }

    public static Optional<Indicator> inVersion(UUID versionId, String code) {
        return find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional();
    }

    public static boolean codeTaken(UUID versionId, String code) {
        return count("versionId = ?1 and code = ?2", versionId, code) > 0;
    }

    public static int countInTheme(UUID themeId) {
        return (int) count("themeId", themeId);
    }

    /** Removes the theme's indicators with every question under them (their further sources go with them). */
    public static void deleteWithQuestions(Theme theme) {
        Question.delete("indicatorId in (select i.id from Indicator i where i.themeId = ?1)", theme.id);
        delete("themeId", theme.id);
    }

    /** Removes this indicator with every question under it (their further sources go with them). */
    public void deleteWithQuestions() {
        Question.delete("indicatorId", id);
        delete();
    }
}
