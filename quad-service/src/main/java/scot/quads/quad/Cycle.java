package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An annual cycle as rubric-service announced it: its rubric version, its deadline and its reveal rule. */
@Entity
@Table(name = "cycle")
public class Cycle extends PanacheEntityBase {

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
    public String revealRule;
    public String state;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
