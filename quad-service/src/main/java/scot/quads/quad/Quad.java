package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * A group of (usually four) councils that compare their self-evaluations in one cycle. The aggregate root: its
 * members are written with it, and every change moves its version on, which the ETag and {@code If-Match} carry.
 */
@Entity
@Table(name = "quad")
public class Quad extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    public String name;
    public String facilitator;
    public String notes;
    @Column(name = "formed_at")
    public OffsetDateTime formedAt;
    @Column(name = "formed_by")
    public String formedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "dissolved_at")
    public OffsetDateTime dissolvedAt;
    @Column(name = "dissolved_by")
    public String dissolvedBy;
    @Version
    public int version;
    @OneToMany(mappedBy = "quad", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    public List<QuadMember> members = new ArrayList<>();

    public List<String> memberCodes() {
        return members.stream().map(m -> m.councilCode).toList();
    }

    public boolean hasMember(String councilCode) {
        return members.stream().anyMatch(m -> m.councilCode.equalsIgnoreCase(councilCode));
    }

    public void addMember(String councilCode) {
        QuadMember member = new QuadMember();
        member.quad = this;
        member.cycleId = cycleId;
        member.councilCode = councilCode;
        member.position = members.size();
        members.add(member);
    }

    public boolean dissolved() {
        return dissolvedAt != null;
    }

    /** The quad with its members, in one query; empty when unknown. */
    public static Optional<Quad> withMembers(UUID quadId) {
        return find("select q from Quad q left join fetch q.members where q.id = ?1", quadId)
                .singleResultOptional();
    }

    /** The cycle a quad belongs to, without loading the quad (empty when unknown). */
    public static Optional<UUID> cycleOf(UUID quadId) {
        return find("select q.cycleId from Quad q where q.id = ?1", quadId).project(UUID.class)
                .firstResultOptional();
    }

    public static boolean exists(UUID quadId) {
        return count("id = ?1", quadId) > 0;
    }

    /** The cycle's quads that are not dissolved, by name, with their members, in one query; read only. */
    public static List<Quad> inCycle(UUID cycleId) {
        return find("select q from Quad q left join fetch q.members"
                + " where q.cycleId = ?1 and q.dissolvedAt is null order by q.name, q.formedAt", cycleId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The quad of that cycle the council belongs to, with its members, in one query. */
    public static Optional<Quad> ofCouncil(UUID cycleId, String councilCode) {
        return find("select q from Quad q left join fetch q.members where q.id ="
                + " (select m.quad.id from QuadMember m where m.cycleId = ?1 and m.councilCode = ?2)", cycleId,
                councilCode.trim().toUpperCase()).singleResultOptional();
    }

    /** The ids of the quads not dissolved, in one cycle or (null) in all. */
    public static List<UUID> liveIds(UUID cycleId) {
        return cycleId == null
                ? find("select q.id from Quad q where q.dissolvedAt is null").project(UUID.class).list()
                : find("select q.id from Quad q where q.cycleId = ?1 and q.dissolvedAt is null", cycleId)
                        .project(UUID.class).list();
    }

    /** The ids of the quads the council is in, in one cycle or (null) in all. */
    public static List<UUID> idsWithMember(String councilCode, UUID cycleId) {
        return cycleId == null
                ? find("select m.quad.id from QuadMember m where m.councilCode = ?1", councilCode)
                        .project(UUID.class).list()
                : find("select m.quad.id from QuadMember m where m.councilCode = ?1 and m.cycleId = ?2",
                        councilCode, cycleId).project(UUID.class).list();
    }
}
