package scot.quads.rubric;

import java.time.OffsetDateTime;
import java.util.UUID;
import scot.quads.support.problem.ProblemException;

/**
 * One numbered version of a framework's content. Drafts may change; a published version is what councils answer
 * and never changes again (the database refuses changes to its content as well).
 */
public class FrameworkVersion {

    public UUID id;
    public UUID frameworkId;
    public int number;
    public String label;
    public VersionStatus status;
    public UUID derivedFromVersionId;
    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime publishedAt;
    public String publishedBy;
    /** The ETag: bumped by every change of the version or its content (RubricRepository). */
    public long version;

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
}
