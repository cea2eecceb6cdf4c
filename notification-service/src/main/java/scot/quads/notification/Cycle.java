package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An annual cycle as the rubric service opened it: its name words notifications, its deadline drives reminders. */
@Entity
@Table(name = "cycle")
public class Cycle extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Column(name = "submission_deadline")
    public LocalDate submissionDeadline;
    @Column(name = "reveal_rule")
    public String revealRule;
    public String state;
}
