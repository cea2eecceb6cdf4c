package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The follow-up point ADES set for a cycle's actions; without one, each council's is a year after publication. */
@Entity
@Table(name = "cycle_follow_up")
public class CycleFollowUp extends PanacheEntityBase {

    @Id
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "follow_up_on")
    public LocalDate followUpOn;
    @Column(name = "set_at")
    public OffsetDateTime setAt;
    @Column(name = "set_by")
    public String setBy;
    @Version
    public int version;
}
