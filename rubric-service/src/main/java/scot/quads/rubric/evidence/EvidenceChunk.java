package scot.quads.rubric.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece (at most {@link #SIZE} bytes) of an evidence file, numbered from 0. A file is written piece by piece in
 * its item's transaction and read back one piece at a time, so neither way holds the whole file in memory.
 */
@Entity
@Table(name = "evidence_chunk")
@IdClass(EvidenceChunk.Key.class)
public class EvidenceChunk extends PanacheEntityBase {

    /** 512 KiB: a 20 MB file is 40 rows, and one piece in memory at a time is small. */
    public static final int SIZE = 512 * 1024;

    @Id
    @Column(name = "item_id")
    public UUID itemId;
    @Id
    public int seq;
    public byte[] data;

    /** Writes one piece now and lets go of it, so the session does not keep the file's bytes. */
    public static void write(UUID itemId, int seq, byte[] data) {
        EvidenceChunk chunk = new EvidenceChunk();
        chunk.itemId = itemId;
        chunk.seq = seq;
        chunk.data = data;
        chunk.persist();
        getEntityManager().flush();
        getEntityManager().detach(chunk);
    }

    /** The bytes of one piece, or null when there is no such piece (the item was removed meanwhile). */
    public static byte[] read(UUID itemId, int seq) {
        List<byte[]> found = getEntityManager().createQuery(
                "select c.data from EvidenceChunk c where c.itemId = :item and c.seq = :seq", byte[].class)
                .setParameter("item", itemId)
                .setParameter("seq", seq)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The chunk's primary key. */
    public static class Key implements Serializable {
        public UUID itemId;
        public int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(itemId, key.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, seq);
        }
    }
}
