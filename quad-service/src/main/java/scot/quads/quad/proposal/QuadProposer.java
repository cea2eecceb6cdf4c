package scot.quads.quad.proposal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Proposes how to split each benchmarking family into quads whose members are as alike as possible on the context
 * indicators ADES chose. Pure and deterministic, so that the same question always gets the same answer and the
 * search can be checked against brute force.
 * <p>
 * Each indicator is standardised (z-scores over every council considered; a council without a value counts as
 * average, z = 0) and weighted (weights are relative: they are scaled to sum to 1). A quad's <em>spread</em> is the
 * weighted sum, over indicators and members, of the squared distance to the quad's mean. A split's score is the sum
 * of its quads' spreads plus {@link #AVOIDED_PAIR_PENALTY} for every pair to avoid (last cycle's partners) put in
 * one quad again; the penalty exceeds any possible spread (at most the number of councils), so rotation always
 * wins over likeness. Must-keep-apart and must-keep-together pairs are hard rules: a split breaking one is never
 * considered. The lowest score wins; equal scores go to the split whose sorted member codes come first.
 * <p>
 * Group sizes: a family of 3 to 5 is one quad; larger ones are split into groups of 3 to 5 that stray least from 4
 * in total (then with most 4s): 6 = 3+3, 7 = 4+3, 8 = 4+4, 9 = 5+4, 10 = 4+3+3, 11 = 4+4+3, 12 = 4+4+4. Every way
 * of making those groups is tried (35 for eight councils, 5,775 for twelve). Families of 1 or 2, or of more than
 * {@link #LARGEST_FAMILY}, are not placed, with the reason.
 */
public final class QuadProposer {

    public static final double AVOIDED_PAIR_PENALTY = 1000.0;
    public static final int LARGEST_FAMILY = 12;
    public static final int ALTERNATIVES_SHOWN = 35;

    /** A council to place: its family in the chosen set (null when it has none) and its raw indicator values. */
    public record Candidate(String code, Integer family, Map<String, Double> values) {
    }

    public record Weighted(String indicator, double weight) {
    }

    /** Two councils, in code order, so that (a, b) and (b, a) are one pair. */
    public record Pair(String first, String second) {

        public static Pair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }

        public List<String> codes() {
            return List.of(first, second);
        }
    }

    public record Request(List<Candidate> councils, List<Weighted> indicators, Collection<Pair> avoid,
            List<Pair> keepTogether, List<Pair> keepApart) {
    }

    public record Proposal(List<Standardisation> standardisation, List<FamilyProposal> families,
            List<Unplaced> unplaced) {
    }

    /** How an indicator was standardised, and the weight it ended up with. */
    public record Standardisation(String indicator, double weight, double mean, double standardDeviation,
            int councilsWithValue) {
    }

    public record FamilyProposal(int family, int councils, List<Integer> groupSizes, String summary,
            List<ProposedQuad> quads, double score, double spread, int avoidedPairsTogether,
            int splitsConsidered, List<Alternative> alternatives) {
    }

    public record ProposedQuad(List<MemberValues> members, double spread, List<List<String>> avoidedPairs) {

        public List<String> codes() {
            return members.stream().map(MemberValues::code).toList();
        }
    }

    /** A member's raw values (null where it has none) and standardised values, by indicator code. */
    public record MemberValues(String code, Map<String, Double> values, Map<String, Double> standardised) {
    }

    /** One way of splitting a family, ranked: rank 1 is the proposal itself. */
    public record Alternative(int rank, List<List<String>> quads, double score, double spread,
            int avoidedPairsTogether) {
    }

    public record Unplaced(String code, Integer family, String reason) {
    }

    /** A request that cannot be answered, naming the field at fault (such as {@code keepTogether[0]}). */
    public static class InvalidRequest extends RuntimeException {

        private final String field;

        public InvalidRequest(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public Proposal propose(Request request) {
        List<Candidate> councils = request.councils().stream().sorted(Comparator.comparing(Candidate::code)).toList();
        Map<String, Candidate> byCode = new HashMap<>();
        councils.forEach(c -> byCode.put(c.code(), c));
        List<Weighted> weights = normalise(request.indicators());
        List<Standardisation> standardisation = new ArrayList<>();
        Map<String, double[]> z = standardise(councils, weights, standardisation);

        Set<Pair> together = new HashSet<>(checkPairs("keepTogether", request.keepTogether(), byCode, true));
        Set<Pair> apart = new HashSet<>(checkPairs("keepApart", request.keepApart(), byCode, false));
        for (int i = 0; i < request.keepApart().size(); i++) {
            Pair pair = Pair.of(request.keepApart().get(i).first(), request.keepApart().get(i).second());
            if (together.contains(pair)) {
                throw new InvalidRequest("keepApart[" + i + "]", pair.first() + " and " + pair.second()
                        + " cannot be kept both together and apart");
            }
        }
        Set<Pair> avoid = new HashSet<>();
        request.avoid().forEach(p -> avoid.add(Pair.of(p.first(), p.second())));

        Map<Integer, List<Candidate>> families = new TreeMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (Candidate council : councils) {
            if (council.family() == null) {
                unplaced.add(new Unplaced(council.code(), null, "it has no family in this family-group set"));
            } else {
                families.computeIfAbsent(council.family(), f -> new ArrayList<>()).add(council);
            }
        }
        List<FamilyProposal> proposals = new ArrayList<>();
        for (Map.Entry<Integer, List<Candidate>> family : families.entrySet()) {
            int size = family.getValue().size();
            String why = null;
            if (size < QuadRules.FEWEST) {
                why = "family " + family.getKey() + " has only " + size + " council" + (size == 1 ? "" : "s")
                        + " to place; a quad needs " + QuadRules.FEWEST + " to " + QuadRules.MOST;
            } else if (size > LARGEST_FAMILY) {
                why = "family " + family.getKey() + " has " + size + " councils, more than the " + LARGEST_FAMILY
                        + " that can be searched exhaustively; form its quads by hand";
            }
            if (why == null) {
                FamilySearch search = new FamilySearch(family.getKey(), family.getValue(), weights, z, avoid,
                        together, apart);
                FamilyProposal proposal = search.run();
                if (proposal != null) {
                    proposals.add(proposal);
                    continue;
                }
                why = "no split of family " + family.getKey() + " into groups of " + join(groupSizes(size))
                        + " keeps every must-keep-together and must-keep-apart rule";
            }
            for (Candidate council : family.getValue()) {
                unplaced.add(new Unplaced(council.code(), family.getKey(), why));
            }
        }
        return new Proposal(standardisation, proposals, unplaced);
    }

    /** The group sizes for a family of {@code n}: least total distance from 4, then most 4s, then fewest groups. */
    public static List<Integer> groupSizes(int n) {
        List<Integer> best = null;
        for (int fives = 0; fives * 5 <= n; fives++) {
            for (int fours = 0; fives * 5 + fours * 4 <= n; fours++) {
                int rest = n - fives * 5 - fours * 4;
                if (rest % 3 != 0) {
                    continue;
                }
                List<Integer> sizes = new ArrayList<>();
                for (int i = 0; i < fives; i++) {
                    sizes.add(5);
                }
                for (int i = 0; i < fours; i++) {
                    sizes.add(4);
                }
                for (int i = 0; i < rest / 3; i++) {
                    sizes.add(3);
                }
                if (!sizes.isEmpty() && (best == null || better(sizes, best))) {
                    best = sizes;
                }
            }
        }
        return best == null ? List.of() : best;
    }

    private static boolean better(List<Integer> a, List<Integer> b) {
        int deviation = Integer.compare(deviation(a), deviation(b));
        if (deviation != 0) {
            return deviation < 0;
        }
        int fours = Integer.compare(count(a, 4), count(b, 4));
        if (fours != 0) {
            return fours > 0;
        }
        return a.size() < b.size();
    }

    private static int deviation(List<Integer> sizes) {
        return sizes.stream().mapToInt(s -> Math.abs(s - 4)).sum();
    }

    private static int count(List<Integer> sizes, int size) {
        return (int) sizes.stream().filter(s -> s == size).count();
    }

    private static List<Weighted> normalise(List<Weighted> indicators) {
        if (indicators.isEmpty()) {
            throw new InvalidRequest("indicators", "choose at least one indicator");
        }
        Set<String> seen = new HashSet<>();
        double total = 0;
        for (int i = 0; i < indicators.size(); i++) {
            Weighted w = indicators.get(i);
            if (!seen.add(w.indicator())) {
                throw new InvalidRequest("indicators[" + i + "].code", w.indicator() + " is chosen more than once");
            }
            if (!(w.weight() > 0) || Double.isInfinite(w.weight())) {
                throw new InvalidRequest("indicators[" + i + "].weight", "must be a positive number");
            }
            total += w.weight();
        }
        double sum = total;
        return indicators.stream().map(w -> new Weighted(w.indicator(), w.weight() / sum)).toList();
    }

    /** z-scores per council, in the order of {@code weights}; population standard deviation; 0 when missing. */
    private static Map<String, double[]> standardise(List<Candidate> councils, List<Weighted> weights,
            List<Standardisation> report) {
        Map<String, double[]> z = new HashMap<>();
        councils.forEach(c -> z.put(c.code(), new double[weights.size()]));
        for (int i = 0; i < weights.size(); i++) {
            String indicator = weights.get(i).indicator();
            List<Double> values = councils.stream().map(c -> c.values().get(indicator))
                    .filter(v -> v != null && Double.isFinite(v)).toList();
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
            double sd = Math.sqrt(variance);
            for (Candidate council : councils) {
                Double value = council.values().get(indicator);
                z.get(council.code())[i] = value == null || !Double.isFinite(value) || sd == 0 ? 0
                        : (value - mean) / sd;
            }
            report.add(new Standardisation(indicator, weights.get(i).weight(), mean, sd, values.size()));
        }
        return z;
    }

    private static List<Pair> checkPairs(String field, List<Pair> pairs, Map<String, Candidate> councils,
            boolean sameFamily) {
        List<Pair> checked = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            String at = field + "[" + i + "]";
            if (pair.first().equals(pair.second())) {
                throw new InvalidRequest(at, "names " + pair.first() + " twice; a pair needs two councils");
            }
            for (String code : pair.codes()) {
                if (!councils.containsKey(code)) {
                    throw new InvalidRequest(at, code + " is not an active council being placed");
                }
            }
            Candidate a = councils.get(pair.first());
            Candidate b = councils.get(pair.second());
            if (sameFamily && (a.family() == null || !a.family().equals(b.family()))) {
                throw new InvalidRequest(at, a.code() + " (family " + a.family() + ") and " + b.code() + " (family "
                        + b.family() + ") are in different families, so they can never share a quad");
            }
            checked.add(Pair.of(a.code(), b.code()));
        }
        return checked;
    }

    private static String join(List<Integer> sizes) {
        return String.join("+", sizes.stream().map(String::valueOf).toList());
    }

    /** The exhaustive search within one family. */
    private static final class FamilySearch {

        private final int family;
        private final List<Candidate> members;
        private final List<Weighted> weights;
        private final double[][] z;
        private final Set<Pair> avoid;
        private final Set<Pair> together;
        private final Set<Pair> apart;
        private final List<Split> splits = new ArrayList<>();

        FamilySearch(int family, List<Candidate> members, List<Weighted> weights, Map<String, double[]> z,
                Set<Pair> avoid, Set<Pair> together, Set<Pair> apart) {
            this.family = family;
            this.members = members;
            this.weights = weights;
            this.z = members.stream().map(m -> z.get(m.code())).toArray(double[][]::new);
            this.avoid = avoid;
            this.together = together;
            this.apart = apart;
        }

        private record Split(List<int[]> groups, double spread, int avoided, long rankKey) {
        }

        FamilyProposal run() {
            List<Integer> sizes = groupSizes(members.size());
            List<Integer> everyone = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                everyone.add(i);
            }
            search(everyone, new ArrayList<>(sizes), new ArrayList<>());
            if (splits.isEmpty()) {
                return null;
            }
            splits.sort(Comparator.comparingLong(Split::rankKey).thenComparing(this::codes, FamilySearch::lexical));
            Split best = splits.get(0);
            List<ProposedQuad> quads = best.groups().stream().map(this::quad).toList();
            List<Alternative> alternatives = new ArrayList<>();
            for (int i = 0; i < Math.min(ALTERNATIVES_SHOWN, splits.size()); i++) {
                Split split = splits.get(i);
                alternatives.add(new Alternative(i + 1, codes(split), score(split), round(split.spread()),
                        split.avoided()));
            }
            String summary = "Family " + family + ": " + members.size() + " councils in groups of " + join(sizes)
                    + "; the best of " + splits.size() + " possible split" + (splits.size() == 1 ? "" : "s")
                    + (best.avoided() == 0 ? "" : ", although it keeps " + best.avoided()
                            + " pair(s) of last cycle's partners together (no split avoids them all)");
            return new FamilyProposal(family, members.size(), sizes, summary, quads, score(best), round(best.spread()),
                    best.avoided(), splits.size(), alternatives);
        }

        /** Canonical enumeration: the lowest remaining council starts the next group, of each size still needed. */
        private void search(List<Integer> remaining, List<Integer> sizesLeft, List<int[]> chosen) {
            if (remaining.isEmpty()) {
                record(new ArrayList<>(chosen));
                return;
            }
            int first = remaining.get(0);
            List<Integer> rest = remaining.subList(1, remaining.size());
            for (Integer size : sizesLeft.stream().distinct().toList()) {
                List<Integer> nextSizes = new ArrayList<>(sizesLeft);
                nextSizes.remove(size);
                combinations(rest, size - 1, 0, new ArrayList<>(), others -> {
                    int[] group = new int[size];
                    group[0] = first;
                    for (int i = 0; i < others.size(); i++) {
                        group[i + 1] = others.get(i);
                    }
                    if (!allowed(group)) {
                        return;
                    }
                    List<Integer> left = new ArrayList<>(rest);
                    left.removeAll(others);
                    chosen.add(group);
                    search(left, nextSizes, chosen);
                    chosen.remove(chosen.size() - 1);
                });
            }
        }

        private static void combinations(List<Integer> from, int k, int start, List<Integer> picked,
                Consumer<List<Integer>> sink) {
            if (picked.size() == k) {
                sink.accept(List.copyOf(picked));
                return;
            }
            for (int i = start; i <= from.size() - (k - picked.size()); i++) {
                picked.add(from.get(i));
                combinations(from, k, i + 1, picked, sink);
                picked.remove(picked.size() - 1);
            }
        }

        private boolean allowed(int[] group) {
            Set<String> in = new HashSet<>();
            for (int member : group) {
                in.add(members.get(member).code());
            }
            for (Pair pair : apart) {
                if (in.contains(pair.first()) && in.contains(pair.second())) {
                    return false;
                }
            }
            for (Pair pair : together) {
                if (in.contains(pair.first()) != in.contains(pair.second())) {
                    return false;
                }
            }
            return true;
        }

        private void record(List<int[]> groups) {
            double spread = 0;
            int avoided = 0;
            for (int[] group : groups) {
                spread += spread(group);
                avoided += avoidedPairs(group).size();
            }
            double score = spread + AVOIDED_PAIR_PENALTY * avoided;
            splits.add(new Split(groups, spread, avoided, Math.round(score * 1e9)));
        }

        private double spread(int[] group) {
            double total = 0;
            for (int i = 0; i < weights.size(); i++) {
                double mean = 0;
                for (int member : group) {
                    mean += z[member][i];
                }
                mean /= group.length;
                double squares = 0;
                for (int member : group) {
                    squares += (z[member][i] - mean) * (z[member][i] - mean);
                }
                total += weights.get(i).weight() * squares;
            }
            return total;
        }

        private List<List<String>> avoidedPairs(int[] group) {
            List<List<String>> pairs = new ArrayList<>();
            for (int i = 0; i < group.length; i++) {
                for (int j = i + 1; j < group.length; j++) {
                    Pair pair = Pair.of(members.get(group[i]).code(), members.get(group[j]).code());
                    if (avoid.contains(pair)) {
                        pairs.add(pair.codes());
                    }
                }
            }
            return pairs;
        }

        private ProposedQuad quad(int[] group) {
            List<MemberValues> values = new ArrayList<>();
            for (int member : group) {
                Candidate council = members.get(member);
                Map<String, Double> raw = new LinkedHashMap<>();
                Map<String, Double> standardised = new LinkedHashMap<>();
                for (int i = 0; i < weights.size(); i++) {
                    String indicator = weights.get(i).indicator();
                    raw.put(indicator, council.values().get(indicator));
                    standardised.put(indicator, round(z[member][i]));
                }
                values.add(new MemberValues(council.code(), raw, standardised));
            }
            return new ProposedQuad(values, round(spread(group)), avoidedPairs(group));
        }

        private List<List<String>> codes(Split split) {
            return split.groups().stream().map(group -> {
                List<String> codes = new ArrayList<>();
                for (int member : group) {
                    codes.add(members.get(member).code());
                }
                return List.copyOf(codes);
            }).toList();
        }

        private static double score(Split split) {
            return round(split.spread() + AVOIDED_PAIR_PENALTY * split.avoided());
        }

        /** Group by group, each compared code by code (a group that is a prefix of another comes first). */
        private static int lexical(List<List<String>> a, List<List<String>> b) {
            for (int g = 0; g < Math.min(a.size(), b.size()); g++) {
                List<String> groupA = a.get(g);
                List<String> groupB = b.get(g);
                for (int i = 0; i < Math.min(groupA.size(), groupB.size()); i++) {
                    int c = groupA.get(i).compareTo(groupB.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                if (groupA.size() != groupB.size()) {
                    return Integer.compare(groupA.size(), groupB.size());
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
