package scot.quads.quad;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.proposal.QuadProposer;

/**
 * A proposed partition of one family-group set into quads for a cycle, kept whole (what was asked, what was found
 * and why) so that ADES can review it later and confirm it; nothing is formed until then.
 */
public class QuadProposal {

    public UUID id;
    public UUID cycleId;
    public String familySet;
    public Request request;
    public Result result;
    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime confirmedAt;
    public String confirmedBy;

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
