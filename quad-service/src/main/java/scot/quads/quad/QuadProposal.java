package scot.quads.quad;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import scot.quads.quad.proposal.QuadProposer;

/**
 * A proposed partition of one family-group set into quads for a cycle, kept whole (what was asked, what was found
 * and why) so that ADES can review it later and confirm it; nothing is formed until then.
 */
@Entity
@Table(name = "quad_proposal")
public class QuadProposal extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "family_set")
    public String familySet;
    @JdbcTypeCode(SqlTypes.JSON)
    public Request request;
    @JdbcTypeCode(SqlTypes.JSON)
    public Result result;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;
    @Column(name = "confirmed_by")
    public String confirmedBy;

    /**
     * The proposal, its row locked until the transaction ends ({@code FOR NO KEY UPDATE} on PostgreSQL), so that two
     * confirmations of one proposal run one after the other and the second finds it confirmed.
     */
    public static Optional<QuadProposal> forConfirmation(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** What ADES asked for. */
    public record Request(String familySet, List<Weight> indicators, String period, boolean avoidPreviousPartners,
            UUID previousCycleId, List<List<String>> keepTogether, List<List<String>> keepApart) {
    }

    public record Weight(String code, double weight) {
    }

    /** What was found: the indicators as read, last cycle's partners, the quads to form and the search's why. */
    public record Result(List<IndicatorUsed> indicators, UUID previousCycleId, List<List<String>> previousPartners,
            List<ProposedQuad> quads, QuadProposer.Proposal search, List<UUID> formedQuadIds) {
    }

    public record IndicatorUsed(String code, String title, String unit, Boolean higherIsBetter, String familySet,
            String period, double weight) {
    }

    /** A quad as it would be formed on confirmation. */
    public record ProposedQuad(String name, int family, List<String> members, double spread) {
    }
}
