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

/**
 * A council's self-evaluation as rubric-service last announced it: submitted with its answers, and perhaps
 * returned or recalled since. Only a {@link #shown() shown} one counts anywhere; a row may even hold a withdrawal
 * whose submission has not arrived yet.
 */
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
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Column(name = "withdrawn_how")
    public String withdrawnHow;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** JPQL condition for a shown submission of alias {@code s}. */
    public static final String SHOWN =
            "s.submittedAt is not null and (s.withdrawnAt is null or s.withdrawnAt < s.submittedAt)";

    /** Submitted, and not returned or recalled since. */
    public boolean shown() {
        return submittedAt != null && (withdrawnAt == null || withdrawnAt.isBefore(submittedAt));
    }

    /** Each council's latest shown submission for the cycle, among {@code councils}. */
    public static Map<String, Submission> latestFor(UUID cycleId, Collection<String> councils) {
        Map<String, Submission> latest = new HashMap<>();
        if (councils.isEmpty()) {
            return latest;
        }
        List<Submission> all = find("select s from Submission s where s.cycleId = ?1 and s.councilCode in ?2 and "
                + SHOWN + " order by s.submittedAt", cycleId, councils).list();
        all.forEach(submission -> latest.put(submission.councilCode, submission));
        return latest;
    }

    /**
     * A submission without its answers: who submitted when, and when the row last changed. Enough for a reveal
     * decision, and a version of the answers' content (every change to a row sets {@code updatedAt}).
     */
    public record Stamp(UUID evaluationId, String councilCode, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {

        public static Stamp of(Submission submission) {
            return new Stamp(submission.evaluationId, submission.councilCode, submission.submittedAt,
                    submission.updatedAt);
        }
    }

    /** As {@link #latestFor}, reading only the stamps: no answers are fetched or parsed. */
    public static Map<String, Stamp> latestStampsFor(UUID cycleId, Collection<String> councils) {
        Map<String, Stamp> latest = new HashMap<>();
        if (councils.isEmpty()) {
            return latest;
        }
        getEntityManager().createQuery("select s.evaluationId, s.councilCode, s.submittedAt, s.updatedAt"
                + " from Submission s where s.cycleId = ?1 and s.councilCode in ?2 and " + SHOWN
                + " order by s.submittedAt", Object[].class).setParameter(1, cycleId).setParameter(2, councils)
                .getResultList().forEach(row -> latest.put((String) row[1], new Stamp((UUID) row[0],
                        (String) row[1], (OffsetDateTime) row[2], (OffsetDateTime) row[3])));
        return latest;
    }

    public Answer answerTo(String questionCode) {
        if (answers == null) {
            return null;
        }
        return answers.stream().filter(a -> questionCode.equals(a.questionCode())).findFirst().orElse(null);
    }

    public record Answer(String questionCode, Integer level, boolean notApplicable, String notApplicableReason,
            String evidence, String strengths, String areasForImprovement, String nextSteps) {
    }
}
