package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A published rubric version, kept whole: it never changes once published. Its questions are flattened into
 * rubric order, each carrying its theme and indicator, which is how a comparison walks them.
 */
@Entity
@Table(name = "rubric_version")
public class RubricVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "framework_code")
    public String frameworkCode;
    @Column(name = "framework_title")
    public String frameworkTitle;
    @Column(name = "version_number")
    public int versionNumber;
    public String label;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Level> scale;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Question> questions;
    @Column(name = "based_on_version_id")
    public UUID basedOnVersionId;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    public String labelOf(Integer level) {
        if (level == null) {
            return null;
        }
        return scale.stream().filter(l -> l.value() == level).map(Level::label).findFirst().orElse(null);
    }

    public record Level(int value, String label, String descriptor) {
    }

    public Question question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * {@code lineage} says how the question descends from the questions {@code derivedFrom} of the version this
     * one was based on ({@code same}, {@code reworded}, {@code split-from}, {@code merged-from}, {@code new});
     * null in versions published before lineage was carried.
     */
    public record Question(String themeCode, String themeTitle, String indicatorCode, String indicatorTitle,
            String code, String prompt, boolean notApplicableAllowed, String lineage, List<String> derivedFrom) {

        public Question {
            derivedFrom = derivedFrom == null ? List.of() : List.copyOf(derivedFrom);
        }
    }
}
