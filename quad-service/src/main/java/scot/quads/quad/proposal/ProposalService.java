package scot.quads.quad.proposal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import scot.quads.quad.Council;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.QuadProposal;
import scot.quads.quad.authority.AuthorityIndicators;
import scot.quads.quad.membership.QuadService.QuadDraft;
import scot.quads.quad.membership.QuadService.QuadView;
import scot.quads.quad.membership.QuadService;
import scot.quads.quad.proposal.QuadProposer.Candidate;
import scot.quads.quad.proposal.QuadProposer.FamilyProposal;
import scot.quads.quad.proposal.QuadProposer.Pair;
import scot.quads.quad.proposal.QuadProposer.Weighted;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/**
 * Proposing quads for a cycle from the context indicators (ADES), and confirming a proposal, which forms all of
 * its quads at once. The indicator values are read from authority-service before any transaction starts, so a
 * slow or absent authority-service never holds a database lock.
 */
@ApplicationScoped
public class ProposalService {

    public static final String PEOPLE = "people";
    public static final String OTHER = "other";

    private final CouncilRepository councils;
    private final CycleRepository cycles;
    private final AuthorityIndicators indicators;
    private final QuadService quads;
    private final Caller caller;
    private final QuadProposer proposer = new QuadProposer();

    public ProposalService(CouncilRepository councils, CycleRepository cycles, AuthorityIndicators indicators,
            QuadService quads, Caller caller) {
        this.councils = councils;
        this.cycles = cycles;
        this.indicators = indicators;
        this.quads = quads;
        this.caller = caller;
    }

    public QuadProposal propose(UUID cycleId, QuadProposal.Request request) {
        Cycle cycle = cycles.find(cycleId).orElse(null);
        if (cycle == null) {
            throw ProblemException.notFound("Cycle", cycleId);
        }
        boolean people = PEOPLE.equals(request.familySet());
        List<Council> active = councils.active();
        UUID previousCycle = request.avoidPreviousPartners() ? previousCycle(cycle, request.previousCycleId()) : null;
        Set<Pair> previousPartners = previousCycle == null ? Set.of() : partnersIn(previousCycle);

        List<AuthorityIndicators.Values> values = indicators.values(
                request.indicators().stream().map(QuadProposal.Weight::code).toList(), request.period(), "indicators");
        List<Weighted> weights = new ArrayList<>();
        List<QuadProposal.IndicatorUsed> used = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            AuthorityIndicators.Values v = values.get(i);
            double weight = request.indicators().get(i).weight();
            weights.add(new Weighted(v.definition().code(), weight));
            used.add(new QuadProposal.IndicatorUsed(v.definition().code(), v.definition().title(),
                    v.definition().unit(), v.definition().higherIsBetter(), v.definition().familySet(), v.period(),
                    weight));
        }
        List<Candidate> candidates = active.stream().map(council -> {
            Map<String, Double> raw = new HashMap<>();
            values.forEach(v -> raw.put(v.definition().code(), v.byCouncil().get(council.gssCode)));
            return new Candidate(council.gssCode, people ? council.peopleFamily : council.otherFamily, raw);
        }).toList();

        QuadProposer.Proposal search;
        try {
            search = proposer.propose(new QuadProposer.Request(candidates, weights, previousPartners,
                    pairs(request.keepTogether()), pairs(request.keepApart())));
        } catch (QuadProposer.InvalidRequest e) {
            throw ProblemException.unprocessable(e.field() + " " + e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
        List<QuadProposal.ProposedQuad> proposed = new ArrayList<>();
        String setName = people ? "People" : "Other";
        for (FamilyProposal family : search.families()) {
            for (int i = 0; i < family.quads().size(); i++) {
                QuadProposer.ProposedQuad quad = family.quads().get(i);
                String name = setName + " family " + family.family()
                        + (family.quads().size() == 1 ? "" : " — quad " + (char) ('A' + i));
                proposed.add(new QuadProposal.ProposedQuad(name, family.family(), quad.codes(), quad.spread()));
            }
        }

        QuadProposal proposal = new QuadProposal();
        proposal.id = UUID.randomUUID();
        proposal.cycleId = cycleId;
        proposal.familySet = request.familySet();
        proposal.request = request;
        proposal.result = new QuadProposal.Result(used, previousCycle,
                previousPartners.stream().map(Pair::codes).sorted((a, b) -> String.join(",", a)
                        .compareTo(String.join(",", b))).toList(),
                proposed, search, List.of());
        proposal.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        proposal.createdBy = caller.username();
        QuarkusTransaction.requiringNew().run(proposal::persist);
        return proposal;
    }

    public QuadProposal get(UUID proposalId) {
        QuadProposal proposal = QuadProposal.<QuadProposal>findByIdOptional(proposalId).orElse(null);
        if (proposal == null) {
            throw ProblemException.notFound("Quad proposal", proposalId);
        }
        return proposal;
    }

    /**
     * Forms every quad of the proposal, or ADES's adjusted version of them, in one transaction: all are formed
     * and announced, or none is.
     */
    @Transactional
    public List<QuadView> confirm(UUID proposalId, List<QuadDraft> adjusted) {
        QuadProposal proposal = QuadProposal.forConfirmation(proposalId).orElse(null);
        if (proposal == null) {
            throw ProblemException.notFound("Quad proposal", proposalId);
        }
        if (proposal.confirmedAt != null) {
            throw ProblemException.conflict("Quad proposal " + proposalId + " was already confirmed on "
                    + proposal.confirmedAt + " by " + proposal.confirmedBy + "; make a new proposal to form others");
        }
        List<QuadDraft> drafts = adjusted != null ? adjusted
                : proposal.result.quads().stream()
                        .map(q -> new QuadDraft(q.name(), q.members(), null, null)).toList();
        if (drafts.isEmpty()) {
            throw ProblemException.unprocessable("There are no quads to form",
                    List.of(new Problem.FieldError("quads", "must list at least one quad")));
        }
        List<QuadView> formed = quads.formAll(proposal.cycleId, drafts);
        proposal.confirmedAt = OffsetDateTime.now(ZoneOffset.UTC);
        proposal.confirmedBy = caller.username();
        QuadProposal.Result result = proposal.result;
        proposal.result = new QuadProposal.Result(result.indicators(), result.previousCycleId(),
                result.previousPartners(), result.quads(), result.search(),
                formed.stream().map(v -> v.quad().id).toList());
        return formed;
    }

    /** The given cycle (which must exist), or the one whose deadline came last before this cycle's. */
    private UUID previousCycle(Cycle cycle, UUID given) {
        if (given != null) {
            if (given.equals(cycle.id) || cycles.find(given).isEmpty()) {
                throw ProblemException.unprocessable("previousCycleId " + given + " is not another known cycle",
                        List.of(new Problem.FieldError("previousCycleId", "is not another known cycle")));
            }
            return given;
        }
        return cycles.lastBefore(cycle.submissionDeadline).map(c -> c.id).orElse(null);
    }

    private Set<Pair> partnersIn(UUID cycleId) {
        Set<Pair> pairs = new LinkedHashSet<>();
        for (Quad quad : Quad.inCycle(cycleId)) {
            List<String> codes = quad.memberCodes();
            for (int i = 0; i < codes.size(); i++) {
                for (int j = i + 1; j < codes.size(); j++) {
                    pairs.add(Pair.of(codes.get(i), codes.get(j)));
                }
            }
        }
        return pairs;
    }

    private static List<Pair> pairs(List<List<String>> pairs) {
        return pairs.stream().map(p -> new Pair(p.get(0), p.get(1))).toList();
    }
}
