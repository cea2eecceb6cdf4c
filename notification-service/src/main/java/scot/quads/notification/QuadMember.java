package scot.quads.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** One council's place in a quad for a cycle, as the quad service last formed it: who its partners are. */
@Entity
@Table(name = "quad_member")
@IdClass(QuadMember.Key.class)
public class QuadMember extends PanacheEntityBase {

    @Id
    @Column(name = "quad_id")
    public UUID quadId;
    @Id
    @Column(name = "council_code")
    public String councilCode;
    @Column(name = "cycle_id")
    public UUID cycleId;

    /** Every member of the quads this council is in for the cycle, itself included; empty when none is known. */
    public static List<String> quadOf(UUID cycleId, String councilCode) {
        return getEntityManager().createQuery("""
                select distinct m.councilCode from QuadMember m
                where m.quadId in (select own.quadId from QuadMember own
                                   where own.cycleId = ?1 and own.councilCode = ?2)
                order by m.councilCode""", String.class)
                .setParameter(1, cycleId)
                .setParameter(2, councilCode)
                .getResultList();
    }

    /** Each quad this council is in for the cycle, with all of its members (the council among them). */
    public static Map<UUID, List<String>> quadsWith(UUID cycleId, String councilCode) {
        List<QuadMember> members = list("""
                quadId in (select own.quadId from QuadMember own where own.cycleId = ?1 and own.councilCode = ?2)
                order by quadId, councilCode""", cycleId, councilCode);
        return members.stream().collect(Collectors.groupingBy(m -> m.quadId, LinkedHashMap::new,
                Collectors.mapping(m -> m.councilCode, Collectors.toList())));
    }

    public static class Key implements Serializable {
        public UUID quadId;
        public String councilCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(quadId, key.quadId)
                    && Objects.equals(councilCode, key.councilCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(quadId, councilCode);
        }
    }
}
