package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One council's place in a quad, written with its quad. The cycle is repeated so that the database keeps a council
 * to one quad per cycle (unique {@code quad_member_once_per_cycle}).
 */
@Entity
@Table(name = "quad_member")
public class QuadMember extends PanacheEntityBase {

    /** The unique constraint a council joining a second quad of one cycle breaks. */
    public static final String ONCE_PER_CYCLE = "quad_member_once_per_cycle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quad_id")
    public Quad quad;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "council_code")
    public String councilCode;
    public int position;
}
