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

/** A group of (usually four) councils that compare their self-evaluations in one cycle. */
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
    @OrderBy("position")
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

    /** The quad with its members, in one query; null when unknown. */
    public static Quad withMembers(UUID quadId) {
        return find("select q from Quad q left join fetch q.members where q.id = ?1", quadId)
                .<Quad>singleResultOptional().orElse(null);
    }

    /** The cycle's quads that are not dissolved. */
    public static List<Quad> inCycle(UUID cycleId) {
        return list("cycleId = ?1 and dissolvedAt is null order by name, formedAt", cycleId);
    }

    /** The quad of that cycle the council belongs to, if any. */
    public static Optional<Quad> ofCouncil(UUID cycleId, String councilCode) {
        return find("select m.quad from QuadMember m where m.cycleId = ?1 and m.councilCode = ?2",
                cycleId, councilCode.trim().toUpperCase()).firstResultOptional();
    }
}
