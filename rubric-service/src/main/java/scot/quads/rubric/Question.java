package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A question councils answer, under a quality indicator. Its code is stable within a version; {@code lineage} and
 * {@code derivedFromQuestionId} say what it descends from in an earlier version, so trends compare like with like.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "version_id")
    public UUID versionId;
    @Column(name = "indicator_id")
    public UUID indicatorId;
    public String code;
    public String title;
    public String prompt;
    public String guidance;
    public String illustration;
    public int position;
    @Column(name = "not_applicable_allowed")
    public boolean notApplicableAllowed;
    public String lineage;
    @Column(name = "derived_from_question_id")
    public UUID derivedFromQuestionId;

    public static List<Question> ofVersion(UUID versionId) {
        return list("from Question q where q.versionId = ?1 order by q.position", versionId);
    }

    public static Optional<Question> inVersion(UUID versionId, String code) {
        return find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional();
    }
}
