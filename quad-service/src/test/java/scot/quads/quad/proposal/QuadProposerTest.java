package scot.quads.quad.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.quads.quad.proposal.QuadProposer.Alternative;
import scot.quads.quad.proposal.QuadProposer.Candidate;
import scot.quads.quad.proposal.QuadProposer.FamilyProposal;
import scot.quads.quad.proposal.QuadProposer.InvalidRequest;
import scot.quads.quad.proposal.QuadProposer.Pair;
import scot.quads.quad.proposal.QuadProposer.Proposal;
import scot.quads.quad.proposal.QuadProposer.ProposedQuad;
import scot.quads.quad.proposal.QuadProposer.Request;
import scot.quads.quad.proposal.QuadProposer.Weighted;

class QuadProposerTest {

    private static final List<Weighted> ONE = List.of(new Weighted("X", 1));
    private final QuadProposer proposer = new QuadProposer();

    @Test
    void groupSizesStrayLeastFromFour() {
        assertThat(QuadProposer.groupSizes(3)).containsExactly(3);
        assertThat(QuadProposer.groupSizes(4)).containsExactly(4);
        assertThat(QuadProposer.groupSizes(5)).containsExactly(5);
        assertThat(QuadProposer.groupSizes(6)).containsExactly(3, 3);
        assertThat(QuadProposer.groupSizes(7)).containsExactly(4, 3);
        assertThat(QuadProposer.groupSizes(8)).containsExactly(4, 4);
        assertThat(QuadProposer.groupSizes(9)).containsExactly(5, 4);
        assertThat(QuadProposer.groupSizes(10)).containsExactly(4, 3, 3);
        assertThat(QuadProposer.groupSizes(11)).containsExactly(4, 4, 3);
        assertThat(QuadProposer.groupSizes(12)).containsExactly(4, 4, 4);
        assertThat(QuadProposer.groupSizes(2)).isEmpty();
    }

    @Test
    void twoObviousClustersBecomeTheTwoQuads() {
        List<Candidate> councils = family(1, Map.of("A", 101.0, "B", 1.0, "C", 102.0, "D", 2.0, "E", 103.0,
                "F", 3.0, "G", 104.0, "H", 4.0));

        FamilyProposal family = only(proposer.propose(request(councils, ONE)));

        assertThat(codes(family)).containsExactly(List.of("A", "C", "E", "G"), List.of("B", "D", "F", "H"));
        assertThat(family.splitsConsidered()).isEqualTo(35);
        assertThat(family.alternatives()).hasSize(35);
        assertThat(family.alternatives().get(0).quads()).isEqualTo(codes(family));
        assertThat(family.alternatives()).extracting(Alternative::rank).startsWith(1, 2, 3);
        assertThat(family.alternatives()).extracting(Alternative::score).isSorted();
        assertThat(family.alternatives().get(34).score()).isGreaterThan(family.score());
        ProposedQuad high = family.quads().get(0);
        assertThat(high.members().get(0).values()).containsEntry("X", 101.0);
        assertThat(high.members().get(0).standardised().get("X")).isPositive();
        assertThat(high.spread()).isLessThan(0.01);
        assertThat(family.score()).isCloseTo(family.quads().get(0).spread() + family.quads().get(1).spread(),
                within(1e-5));
    }

    @Test
    void findsTheTrueOptimumOnRandomFamiliesComparedWithBruteForce() {
        Random random = new Random(20261122);
        for (int size : new int[] { 6, 7, 8, 9, 10 }) {
            for (int trial = 0; trial < 15; trial++) {
                List<Candidate> councils = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    councils.add(new Candidate("S" + (char) ('A' + i), 1, Map.of("X", random.nextGaussian() * 10,
                            "Y", random.nextDouble() * 100, "Z", (double) random.nextInt(5))));
                }
                List<Weighted> weights = List.of(new Weighted("X", 1), new Weighted("Y", 2), new Weighted("Z", 0.5));
                Set<Pair> avoid = new HashSet<>();
                for (int p = 0; p < 3; p++) {
                    int a = random.nextInt(size);
                    int b = random.nextInt(size);
                    if (a != b) {
                        avoid.add(Pair.of(councils.get(a).code(), councils.get(b).code()));
                    }
                }

                FamilyProposal family = only(proposer.propose(
                        new Request(councils, weights, avoid, List.of(), List.of())));

                double brute = bruteForce(councils, weights, avoid, QuadProposer.groupSizes(size));
                assertThat(family.score()).as("size %d trial %d", size, trial).isCloseTo(brute, within(1e-5));
            }
        }
    }

    @Test
    void lastCyclesPartnersAreNotPutTogetherAgain() {
        List<Candidate> councils = clusters();
        Set<Pair> previous = Set.of(Pair.of("A", "C"), Pair.of("B", "D"));

        FamilyProposal family = only(proposer.propose(new Request(councils, ONE, previous, List.of(), List.of())));

        assertThat(family.avoidedPairsTogether()).isZero();
        for (List<String> quad : codes(family)) {
            assertThat(quad.containsAll(List.of("A", "C"))).isFalse();
            assertThat(quad.containsAll(List.of("B", "D"))).isFalse();
        }
        FamilyProposal unconstrained = only(proposer.propose(request(councils, ONE)));
        assertThat(family.spread()).isGreaterThan(unconstrained.spread());
    }

    @Test
    void whenRotationCannotBeKeptTheFewestRepeatsAreChosenAndSaid() {
        List<Candidate> councils = family(1, Map.of("A", 1.0, "B", 2.0, "C", 3.0));
        Set<Pair> previous = Set.of(Pair.of("A", "B"));

        FamilyProposal family = only(proposer.propose(new Request(councils, ONE, previous, List.of(), List.of())));

        assertThat(family.avoidedPairsTogether()).isEqualTo(1);
        assertThat(family.quads().get(0).avoidedPairs()).containsExactly(List.of("A", "B"));
        assertThat(family.summary()).contains("last cycle's partners");
        assertThat(family.score()).isGreaterThanOrEqualTo(QuadProposer.AVOIDED_PAIR_PENALTY);
    }

    @Test
    void tiesGoToTheSplitWhoseSortedCodesComeFirstWhateverTheInputOrder() {
        List<Candidate> councils = new ArrayList<>(family(1, Map.of("H", 5.0, "G", 5.0, "F", 5.0, "E", 5.0,
                "D", 5.0, "C", 5.0, "B", 5.0, "A", 5.0)));

        FamilyProposal first = only(proposer.propose(request(councils, ONE)));
        Collections.shuffle(councils, new Random(7));
        FamilyProposal second = only(proposer.propose(request(councils, ONE)));

        assertThat(codes(first)).containsExactly(List.of("A", "B", "C", "D"), List.of("E", "F", "G", "H"));
        assertThat(second).isEqualTo(first);
        assertThat(first.alternatives().get(1).quads())
                .containsExactly(List.of("A", "B", "C", "E"), List.of("D", "F", "G", "H"));
    }

    @Test
    void weightsDecideBetweenIndicatorsThatDisagree() {
        String[] codes = { "A", "B", "C", "D", "E", "F", "G", "H" };
        double[] x = { 1, 1, 1, 1, 9, 9, 9, 9 };
        double[] y = { 1, 9, 1, 9, 1, 9, 1, 9 };
        List<Candidate> councils = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            councils.add(new Candidate(codes[i], 1, Map.of("X", x[i], "Y", y[i])));
        }

        FamilyProposal byX = only(proposer.propose(request(councils,
                List.of(new Weighted("X", 10), new Weighted("Y", 1)))));
        FamilyProposal byY = only(proposer.propose(request(councils,
                List.of(new Weighted("X", 1), new Weighted("Y", 10)))));

        assertThat(codes(byX)).containsExactly(List.of("A", "B", "C", "D"), List.of("E", "F", "G", "H"));
        assertThat(codes(byY)).containsExactly(List.of("A", "C", "E", "G"), List.of("B", "D", "F", "H"));
    }

    @Test
    void familiesOfOtherSizesAndCouncilsWithoutAFamilyGetAClearResult() {
        List<Candidate> councils = new ArrayList<>();
        councils.addAll(family(1, Map.of("A1", 1.0, "A2", 2.0, "A3", 3.0, "A4", 4.0, "A5", 5.0, "A6", 6.0,
                "A7", 7.0)));
        councils.addAll(family(2, Map.of("B1", 1.0, "B2", 2.0)));
        councils.addAll(family(3, Map.of("C1", 1.0, "C2", 2.0, "C3", 3.0, "C4", 4.0, "C5", 5.0)));
        councils.add(new Candidate("N1", null, Map.of("X", 1.0)));
        for (int i = 10; i < 23; i++) {
            councils.add(new Candidate("D" + i, 4, Map.of("X", (double) i)));
        }

        Proposal proposal = proposer.propose(request(councils, ONE));

        assertThat(proposal.families()).extracting(FamilyProposal::family).containsExactly(1, 3);
        assertThat(proposal.families().get(0).groupSizes()).containsExactly(4, 3);
        assertThat(codes(proposal.families().get(0))).containsExactly(List.of("A1", "A2", "A3"),
                List.of("A4", "A5", "A6", "A7"));
        assertThat(proposal.families().get(1).quads()).hasSize(1);
        assertThat(proposal.families().get(1).splitsConsidered()).isEqualTo(1);
        assertThat(proposal.unplaced()).filteredOn(u -> u.code().startsWith("B"))
                .hasSize(2).allSatisfy(u -> assertThat(u.reason()).contains("only 2 councils"));
        assertThat(proposal.unplaced()).filteredOn(u -> u.code().equals("N1"))
                .singleElement().satisfies(u -> assertThat(u.reason()).contains("no family"));
        assertThat(proposal.unplaced()).filteredOn(u -> u.code().startsWith("D"))
                .hasSize(13).allSatisfy(u -> assertThat(u.reason()).contains("more than the 12"));
    }

    @Test
    void aFamilyOfTwelveIsSearchedInFull() {
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            values.put("C" + (char) ('A' + i), (double) (i % 3) * 10 + i * 0.01);
        }

        FamilyProposal family = only(proposer.propose(request(family(1, values), ONE)));

        assertThat(family.splitsConsidered()).isEqualTo(5775);
        assertThat(family.alternatives()).hasSize(QuadProposer.ALTERNATIVES_SHOWN);
        assertThat(codes(family)).containsExactlyInAnyOrder(List.of("CA", "CD", "CG", "CJ"),
                List.of("CB", "CE", "CH", "CK"), List.of("CC", "CF", "CI", "CL"));
    }

    @Test
    void councilsThatMustBeKeptApartNeverShareAQuad() {
        FamilyProposal family = only(proposer.propose(new Request(clusters(), ONE, Set.of(), List.of(),
                List.of(new Pair("A", "C")))));

        for (List<String> quad : codes(family)) {
            assertThat(quad.containsAll(List.of("A", "C"))).isFalse();
        }
        for (Alternative alternative : family.alternatives()) {
            assertThat(alternative.quads()).noneMatch(q -> q.containsAll(List.of("A", "C")));
        }
        assertThat(family.splitsConsidered()).isEqualTo(20);
    }

    @Test
    void councilsThatMustBeKeptTogetherAlwaysShareAQuad() {
        FamilyProposal family = only(proposer.propose(new Request(clusters(), ONE, Set.of(),
                List.of(new Pair("A", "B")), List.of())));

        assertThat(codes(family)).anyMatch(q -> q.containsAll(List.of("A", "B")));
        assertThat(family.alternatives()).allMatch(a -> a.quads().stream()
                .anyMatch(q -> q.containsAll(List.of("A", "B"))));
    }

    @Test
    void rulesThatCannotAllBeKeptLeaveTheFamilyUnplacedWithTheReason() {
        List<Candidate> councils = family(1, Map.of("A", 1.0, "B", 2.0, "C", 3.0));

        Proposal proposal = proposer.propose(new Request(councils, ONE, Set.of(), List.of(),
                List.of(new Pair("A", "B"))));

        assertThat(proposal.families()).isEmpty();
        assertThat(proposal.unplaced()).hasSize(3)
                .allSatisfy(u -> assertThat(u.reason()).contains("must-keep-apart"));
    }

    @Test
    void keepingTogetherCouncilsOfDifferentFamiliesIsAnError() {
        List<Candidate> councils = new ArrayList<>(family(1, Map.of("A", 1.0, "B", 2.0, "C", 3.0)));
        councils.addAll(family(2, Map.of("D", 1.0, "E", 2.0, "F", 3.0)));

        assertThatThrownBy(() -> proposer.propose(new Request(councils, ONE, Set.of(),
                List.of(new Pair("A", "B"), new Pair("A", "D")), List.of())))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("different families")
                .extracting(e -> ((InvalidRequest) e).field()).isEqualTo("keepTogether[1]");
    }

    @Test
    void badRequestsNameTheirField() {
        List<Candidate> councils = family(1, Map.of("A", 1.0, "B", 2.0, "C", 3.0));

        assertThat(field(new Request(councils, List.of(), Set.of(), List.of(), List.of()))).isEqualTo("indicators");
        assertThat(field(new Request(councils, List.of(new Weighted("X", 0)), Set.of(), List.of(), List.of())))
                .isEqualTo("indicators[0].weight");
        assertThat(field(new Request(councils, List.of(new Weighted("X", 1), new Weighted("X", 2)), Set.of(),
                List.of(), List.of()))).isEqualTo("indicators[1].code");
        assertThat(field(new Request(councils, ONE, Set.of(), List.of(new Pair("A", "A")), List.of())))
                .isEqualTo("keepTogether[0]");
        assertThat(field(new Request(councils, ONE, Set.of(), List.of(), List.of(new Pair("A", "Q")))))
                .isEqualTo("keepApart[0]");
        assertThat(field(new Request(councils, ONE, Set.of(), List.of(new Pair("A", "B")),
                List.of(new Pair("B", "A"))))).isEqualTo("keepApart[0]");
    }

    @Test
    void aMissingValueCountsAsAverageAndIsShownAsMissing() {
        Map<String, Double> withGap = new HashMap<>();
        withGap.put("X", null);
        List<Candidate> councils = new ArrayList<>(family(1, Map.of("A", 1.0, "B", 3.0, "C", 5.0)));
        councils.add(new Candidate("D", 1, withGap));

        Proposal proposal = proposer.propose(request(councils, ONE));

        assertThat(proposal.standardisation().get(0).councilsWithValue()).isEqualTo(3);
        assertThat(proposal.standardisation().get(0).mean()).isEqualTo(3.0);
        var d = proposal.families().get(0).quads().get(0).members().stream().filter(m -> m.code().equals("D"))
                .findFirst().orElseThrow();
        assertThat(d.values()).containsEntry("X", null);
        assertThat(d.standardised()).containsEntry("X", 0.0);
    }

    private String field(Request request) {
        try {
            proposer.propose(request);
        } catch (InvalidRequest e) {
            return e.field();
        }
        throw new AssertionError("no error");
    }

    private static Request request(List<Candidate> councils, List<Weighted> weights) {
        return new Request(councils, weights, Set.of(), List.of(), List.of());
    }

    /** Low A..D (1, 2, 3, 4) and high E..H (101 ... 104) on X. */
    private static List<Candidate> clusters() {
        return family(1, Map.of("A", 1.0, "B", 2.0, "C", 3.0, "D", 4.0, "E", 101.0, "F", 102.0, "G", 103.0,
                "H", 104.0));
    }

    private static List<Candidate> family(int family, Map<String, Double> x) {
        return x.entrySet().stream().map(e -> new Candidate(e.getKey(), family, Map.of("X", e.getValue())))
                .toList();
    }

    private static FamilyProposal only(Proposal proposal) {
        assertThat(proposal.families()).hasSize(1);
        return proposal.families().get(0);
    }

    private static List<List<String>> codes(FamilyProposal family) {
        return family.quads().stream().map(ProposedQuad::codes).toList();
    }

    /** Every assignment of councils to labelled groups of the given sizes; the best score. */
    private static double bruteForce(List<Candidate> councils, List<Weighted> weights, Set<Pair> avoid,
            List<Integer> sizes) {
        int n = councils.size();
        double total = weights.stream().mapToDouble(Weighted::weight).sum();
        double[][] z = new double[n][weights.size()];
        for (int i = 0; i < weights.size(); i++) {
            String indicator = weights.get(i).indicator();
            double mean = councils.stream().mapToDouble(c -> c.values().get(indicator)).average().orElseThrow();
            double sd = Math.sqrt(councils.stream().mapToDouble(c -> Math.pow(c.values().get(indicator) - mean, 2))
                    .average().orElseThrow());
            for (int c = 0; c < n; c++) {
                z[c][i] = sd == 0 ? 0 : (councils.get(c).values().get(indicator) - mean) / sd;
            }
        }
        int groups = sizes.size();
        int[] label = new int[n];
        double best = Double.MAX_VALUE;
        int assignments = (int) Math.pow(groups, n);
        for (int code = 0; code < assignments; code++) {
            int rest = code;
            int[] count = new int[groups];
            for (int c = 0; c < n; c++) {
                label[c] = rest % groups;
                rest /= groups;
                count[label[c]]++;
            }
            boolean fits = true;
            for (int g = 0; g < groups; g++) {
                fits &= count[g] == sizes.get(g);
            }
            if (!fits) {
                continue;
            }
            double score = 0;
            for (int g = 0; g < groups; g++) {
                for (int i = 0; i < weights.size(); i++) {
                    double mean = 0;
                    for (int c = 0; c < n; c++) {
                        if (label[c] == g) {
                            mean += z[c][i];
                        }
                    }
                    mean /= count[g];
                    for (int c = 0; c < n; c++) {
                        if (label[c] == g) {
                            score += weights.get(i).weight() / total * Math.pow(z[c][i] - mean, 2);
                        }
                    }
                }
            }
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (label[a] == label[b]
                            && avoid.contains(Pair.of(councils.get(a).code(), councils.get(b).code()))) {
                        score += QuadProposer.AVOIDED_PAIR_PENALTY;
                    }
                }
            }
            best = Math.min(best, score);
        }
        return best;
    }
}
