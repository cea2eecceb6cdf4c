package scot.quads.rubric.evidence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.rubric.JsonList;
import scot.quads.rubric.JsonStrings;

/**
 * One item of a council's evidence pack in a cycle: a file (its bytes in {@link EvidenceChunk} rows) or an https
 * link, with a title, a description, a date, and what it supports: the rubric's questions (their answers) and
 * quality indicators, items of the council's SWOT and key questions of its focus (numbered from 1). Once the pack
 * has been submitted ({@code sharedAt}), partners may have seen the item, so it no longer changes.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends PanacheEntityBase {

    public static final String FILE = "file";
    public static final String LINK = "link";

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "council_code")
    public String councilCode;
    public String kind;
    public String title;
    public String description;
    @Column(name = "evidence_date")
    public LocalDate date;
    public String url;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    public int chunks;
    @Convert(converter = JsonStrings.class)
    public List<String> questions;
    @Convert(converter = JsonStrings.class)
    public List<String> indicators;
    @Convert(converter = JsonStrings.class)
    @Column(name = "swot_items")
    public List<String> swotItems;
    @Convert(converter = JsonIntegers.class)
    @Column(name = "key_questions")
    public List<Integer> keyQuestions;
    @Column(name = "shared_at")
    public OffsetDateTime sharedAt;
    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public boolean isFile() {
        return FILE.equals(kind);
    }

    public boolean isShared() {
        return sharedAt != null;
    }

    /** The council's pack in the cycle, oldest first. */
    public static List<EvidenceItem> ofCouncil(UUID cycleId, String councilCode) {
        return list("cycleId = ?1 and councilCode = ?2 order by createdAt, id", cycleId, councilCode);
    }

    public static Optional<EvidenceItem> of(UUID cycleId, String councilCode, UUID id) {
        return find("id = ?1 and cycleId = ?2 and councilCode = ?3", id, cycleId, councilCode).firstResultOptional();
    }

    /** The item, locked exclusively for the rest of the transaction. */
    public static Optional<EvidenceItem> lock(UUID cycleId, String councilCode, UUID id) {
        return find("id = ?1 and cycleId = ?2 and councilCode = ?3", id, cycleId, councilCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The bytes the council's files take in the cycle, against its quota. */
    public static long bytesUsed(UUID cycleId, String councilCode) {
        Long used = getEntityManager().createQuery("""
                select coalesce(sum(e.sizeBytes), 0L) from EvidenceItem e
                where e.cycleId = :cycle and e.councilCode = :council""", Long.class)
                .setParameter("cycle", cycleId)
                .setParameter("council", councilCode)
                .getSingleResult();
        return used == null ? 0 : used;
    }

    /** Marks every item of the pack not yet shared as shared from now: the pack was submitted. */
    public static int markShared(UUID cycleId, String councilCode, OffsetDateTime at) {
        return update("sharedAt = ?1 where cycleId = ?2 and councilCode = ?3 and sharedAt is null", at, cycleId,
                councilCode);
    }

    /** A list of small whole numbers stored as a JSON array in a text column. */
    public static class JsonIntegers extends JsonList<Integer> {
        public JsonIntegers() {
            super(new TypeReference<>() {
            });
        }
    }
}
