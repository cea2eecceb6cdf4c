package scot.quads.quad.findings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

/**
 * One edition of a council's findings report for a cycle: its sections of text, who agreed it, and whether and when
 * ADES published it. A published edition's text is never changed; a correction is the next edition, which
 * supersedes it once published.
 */
@Entity
@Table(name = "findings_report")
public class FindingsReport extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String AGREED = "agreed";
    public static final String PUBLISHED = "published";
    public static final String SUPERSEDED = "superseded";

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "cycle_name")
    public String cycleName;
    @Column(name = "quad_id")
    public UUID quadId;
    @Column(name = "council_code")
    public String councilCode;
    @Column(name = "council_name")
    public String councilName;
    public int edition;
    public UUID supersedes;
    public String state;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Section> sections = new ArrayList<>();
    @Column(name = "correction_reason")
    public String correctionReason;
    @Column(name = "council_agreed_at")
    public OffsetDateTime councilAgreedAt;
    @Column(name = "council_agreed_by")
    public String councilAgreedBy;
    @Column(name = "ades_agreed_at")
    public OffsetDateTime adesAgreedAt;
    @Column(name = "ades_agreed_by")
    public String adesAgreedBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;
    @Column(name = "superseded_by")
    public UUID supersededBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public int version;

    /** Published, or published and since superseded: readable by anyone, never changed. */
    public boolean isPublic() {
        return PUBLISHED.equals(state) || SUPERSEDED.equals(state);
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The council's editions for the cycle, first first; read only. */
    public static List<FindingsReport> editions(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2 order by edition", cycleId, councilCode)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The council's latest edition for the cycle, its row locked until the transaction ends. */
    public static Optional<FindingsReport> latestForUpdate(UUID cycleId, String councilCode) {
        Optional<UUID> id = find("select r.id from FindingsReport r where r.cycleId = ?1 and r.councilCode = ?2"
                + " order by r.edition desc", cycleId, councilCode).project(UUID.class).firstResultOptional();
        return id.map(found -> findById(found, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The council's latest edition for the cycle; read only. */
    public static Optional<FindingsReport> latest(UUID cycleId, String councilCode) {
        return find("cycleId = ?1 and councilCode = ?2 order by edition desc", cycleId, councilCode)
                .withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional();
    }

    /**
     * Published editions (superseded ones included), newest publication first, narrowed by council and by the
     * calendar year of publication when given; read only.
     */
    public static List<FindingsReport> published(String councilCode, Integer year) {
        StringBuilder query = new StringBuilder("publishedAt is not null");
        List<Object> parameters = new ArrayList<>();
        if (councilCode != null) {
            parameters.add(councilCode);
            query.append(" and councilCode = ?").append(parameters.size());
        }
        if (year != null) {
            parameters.add(OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC));
            query.append(" and publishedAt >= ?").append(parameters.size());
            parameters.add(OffsetDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC));
            query.append(" and publishedAt < ?").append(parameters.size());
        }
        query.append(" order by publishedAt desc, id");
        return find(query.toString(), parameters.toArray()).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** A published edition by id (superseded ones too); empty for an unknown id or one not published. */
    public static Optional<FindingsReport> publishedById(UUID id) {
        return find("id = ?1 and publishedAt is not null", id).withHint(HibernateHints.HINT_READ_ONLY, true)
                .firstResultOptional();
    }

    /** A section of the report: its key, its heading, and its paragraphs in order. */
    public record Section(String key, String title, List<Paragraph> paragraphs) {
        public Section {
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }
    }

    /**
     * A paragraph; {@code source} says where a pre-filled one came from (null for one someone wrote), and
     * {@code edited} whether its text was changed since it was pre-filled.
     */
    public record Paragraph(UUID id, String text, Source source, boolean edited) {
    }

    /** What a pre-filled paragraph was taken from: its kind, its id there, and a label a reader understands. */
    public record Source(String kind, String id, String label) {
    }
}
