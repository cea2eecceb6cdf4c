package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A further source of a quality indicator merged from several indicators of the earlier version (the first source is
 * the indicator's own {@code derivedFromIndicatorId}), in order from 1: {@link QuestionSource}'s counterpart, read
 * as plain ids for the same reason.
 */
@Entity
@Table(name = "indicator_source")
@IdClass(IndicatorSource.Key.class)
public class IndicatorSource extends PanacheEntityBase {

    @Id
    @Column(name = "indicator_id")
    public UUID indicatorId;
    @Id
    @Column(name = "source_indicator_id")
    public UUID sourceIndicatorId;
    @Column(name = "version_id")
    public UUID versionId;
    public int position;

    /** The further sources of each indicator of the version that has any, in order. */
    public static Map<UUID, List<UUID>> furtherSourcesIn(UUID versionId) {
        List<IndicatorSource> rows = list("versionId = ?1 order by indicatorId, position", versionId);
        Map<UUID, List<UUID>> sources = new LinkedHashMap<>();
        for (IndicatorSource row : rows) {
            sources.computeIfAbsent(row.indicatorId, id -> new ArrayList<>()).add(row.sourceIndicatorId);
        }
        return sources;
    }

    /** Writes the indicator's further sources as it now holds them, in place of those stored. */
    static void replace(Indicator indicator) {
        delete("indicatorId", indicator.id);
        for (int i = 0; i < indicator.furtherSourceIds.size(); i++) {
            IndicatorSource source = new IndicatorSource();
            source.indicatorId = indicator.id;
            source.sourceIndicatorId = indicator.furtherSourceIds.get(i);
            source.versionId = indicator.versionId;
            source.position = i + 1;
            source.persist();
        }
    }

    /** The primary key: the indicator and one of its sources. */
    public static class Key implements Serializable {
        public UUID indicatorId;
        public UUID sourceIndicatorId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.indicatorId, indicatorId)
                    && Objects.equals(key.sourceIndicatorId, sourceIndicatorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicatorId, sourceIndicatorId);
        }
    }
}
