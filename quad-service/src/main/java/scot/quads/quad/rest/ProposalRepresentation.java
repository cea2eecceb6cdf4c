package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.QuadProposal;
import scot.quads.quad.proposal.QuadProposer;

/**
 * A proposal as ADES reviews it: the quads it would form, then the why: for each family its quads' members with
 * their values, each quad's spread and the alternative splits ranked by score; the councils it could not place.
 */
public record ProposalRepresentation(UUID id, UUID cycleId, String familySet, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime confirmedAt, String confirmedBy, List<UUID> formedQuadIds,
        QuadProposal.Request request, List<QuadProposal.IndicatorUsed> indicators, UUID previousCycleId,
        List<List<String>> previousPartners, List<QuadProposal.ProposedQuad> quads,
        List<QuadProposer.FamilyProposal> families, List<QuadProposer.Unplaced> unplaced,
        List<QuadProposer.Standardisation> standardisation) {

    static ProposalRepresentation of(QuadProposal proposal) {
        QuadProposal.Result result = proposal.result;
        return new ProposalRepresentation(proposal.id, proposal.cycleId, proposal.familySet, proposal.createdAt,
                proposal.createdBy, proposal.confirmedAt, proposal.confirmedBy, result.formedQuadIds(),
                proposal.request, result.indicators(), result.previousCycleId(), result.previousPartners(),
                result.quads(), result.search().families(), result.search().unplaced(),
                result.search().standardisation());
    }
}
