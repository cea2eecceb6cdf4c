package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.support.problem.ProblemException;

/**
 * One numbered version of a framework's content. Drafts may change; a published version is what councils answer
 * and never changes again (the database refuses changes to its content as well). {@code version} is its ETag: a
 * change of the row bumps it at flush, an edit of its content when the edit locks it ({@link #lockForEdit}).
 */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "framework_id")
    public UUID frameworkId;
    public int number;
    public String label;
    public VersionStatus status;
    @Column(name = "derived_from_version_id")
    public UUID derivedFromVersionId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    /** Whether councils grade each question or each quality indicator as a whole. */
    @Column(name = "grading_grain")
    public GradingGrain gradingGrain = GradingGrain.DEFAULT;
    @Version
    public long version;

    public boolean gradedPerIndicator() {
        return gradingGrain == GradingGrain.QUALITY_INDICATOR;
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    /** Every write to a version's content goes through here: only a draft can change. */
    public void requireDraft() {
        if (!isDraft()) {
            throw ProblemException.conflict("Version " + number + " (" + label + ") is " + status.wire()
                    + " and can no longer change; start a new version to make changes");
        }
    }

    public static List<FrameworkVersion> ofFramework(UUID frameworkId) {
        return list("frameworkId = ?1 order by number", frameworkId);
    }

    /** The version, locked for the rest of the transaction. */
    public static Optional<FrameworkVersion> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The version, locked, with its ETag bumped now: for an edit of its content (its own row stays as it is). */
    public static Optional<FrameworkVersion> lockForEdit(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** The number the framework's next version gets (the caller holds the framework's lock). */
    public static int nextNumber(UUID frameworkId) {
        return getEntityManager()
                .createQuery("select coalesce(max(v.number), 0) + 1 from FrameworkVersion v where v.frameworkId = ?1",
                        Integer.class)
                .setParameter(1, frameworkId)
                .getSingleResult();
    }
}
