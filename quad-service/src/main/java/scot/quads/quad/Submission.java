package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A council's submitted self-evaluation, with its answers, as rubric-service last announced it. */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "council_code")
    public String councilCode;
    @Column(name = "rubric_version_id")
    public UUID rubricVersionId;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Answer> answers;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Each council's latest submission for the cycle, among {@code councils}. */
    public static Map<String, Submission> latestFor(UUID cycleId, Collection<String> councils) {
        Map<String, Submission> latest = new HashMap<>();
        if (councils.isEmpty()) {
            return latest;
        }
        List<Submission> all = list("cycleId = ?1 and councilCode in ?2 order by submittedAt", cycleId, councils);
        all.forEach(submission -> latest.put(submission.councilCode, submission));
        return latest;
    }

    public Answer answerTo(String questionCode) {
        return answers.stream().filter(a -> questionCode.equals(a.questionCode())).findFirst().orElse(null);
    }

    public record Answer(String questionCode, Integer level, boolean notApplicable, String notApplicableReason,
            String evidence, String strengths, String areasForImprovement, String nextSteps) {
    }
}
