package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * A quality indicator under a theme. Like a question, {@code lineage} and its sources say what it descends from in
 * the version this one was derived from (the first source is {@code derivedFromIndicatorId}, further sources of a
 * merged indicator {@link IndicatorSource} rows), so that an indicator graded as a whole carries its answer forward
 * and compares across versions like with like.
 */
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
    public String lineage;
    @Column(name = "derived_from_indicator_id")
    public UUID derivedFromIndicatorId;
    /** The sources after the first, for an indicator merged from several; filled by the finders that say so. */
    @Transient
    public List<UUID> furtherSourceIds = new ArrayList<>();

    /** Every indicator of the earlier version this one descends from, first source first; none for a new one. */
    public List<UUID> sourceIds() {
        if (derivedFromIndicatorId == null) {
            return List.of();
        }
        List<UUID> all = new ArrayList<>();
        all.add(derivedFromIndicatorId);
        all.addAll(furtherSourceIds);
        return all;
    }

    /** The version's indicators in order, each with all its sources, only to read. */
    public static List<Indicator> ofVersionWithSources(UUID versionId) {
        List<Indicator> indicators = ofVersion(versionId);
        Map<UUID, List<UUID>> further = IndicatorSource.furtherSourcesIn(versionId);
        for (Indicator indicator : indicators) {
            indicator.furtherSourceIds = new ArrayList<>(further.getOrDefault(indicator.id, List.of()));
        }
        return indicators;
    }

    /** One indicator by code, with all its sources, to change. */
    public static Optional<Indicator> withSources(UUID versionId, String code) {
        Optional<Indicator> indicator = inVersion(versionId, code);
        indicator.ifPresent(i -> i.furtherSourceIds = new ArrayList<>(
                IndicatorSource.furtherSourcesIn(versionId).getOrDefault(i.id, List.of())));
        return indicator;
    }

    /**
     * Stores the indicator (new, or changed) with these sources: the first becomes {@code derivedFromIndicatorId},
     * the rest {@link IndicatorSource} rows in their order.
     */
    public void persistWithSources(List<UUID> sources) {
        derivedFromIndicatorId = sources.isEmpty() ? null : sources.get(0);
        furtherSourceIds = new ArrayList<>(sources.isEmpty() ? List.of() : sources.subList(1, sources.size()));
        persist();
        IndicatorSource.replace(this);
    }

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
