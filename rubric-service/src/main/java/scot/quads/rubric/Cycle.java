package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An annual cycle ("2025-26"): every council answers one published rubric version by the submission deadline. */
@Entity
@Table(name = "cycle")
public class Cycle extends PanacheEntityBase {

    public static final String OPEN = "open";

    @Id
    public UUID id;
    public String name;
    @Column(name = "rubric_version_id")
    public UUID rubricVersionId;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "submission_deadline")
    public LocalDate submissionDeadline;
    @Column(name = "reveal_rule")
    public RevealRule revealRule;
    public String state;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;

    /** Answers are accepted up to the end of the deadline day. */
    public boolean deadlinePassed(LocalDate today) {
        return today.isAfter(submissionDeadline);
    }

    public static List<Cycle> newestFirst() {
        return list("from Cycle c order by c.opensOn desc, c.name");
    }

    public static boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name.trim()) > 0;
    }
}
