package scot.quads.portal.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import scot.quads.portal.client.QuadAdminApi.Alternative;
import scot.quads.portal.client.QuadAdminApi.FamilyProposal;
import scot.quads.portal.client.QuadAdminApi.FamilyQuad;
import scot.quads.portal.client.QuadAdminApi.IndicatorUsed;
import scot.quads.portal.client.QuadAdminApi.MemberValues;
import scot.quads.portal.client.QuadAdminApi.Proposal;
import scot.quads.portal.client.QuadAdminApi.ProposedQuad;

/**
 * What ADES needs to decide a quad proposal from its page: per family, each council's indicator values beside the
 * quad it is put in, the other ways of splitting the family ranked as quad-service scored them, and a warning when
 * the indicator data is years older than the cycle.
 */
public record ProposalView(String dataWarning, List<Family> families) {

    /** Indicator data this many school years older than the cycle, or more, is called out. */
    static final int OLD_DATA_YEARS = 2;
    /** The ranked alternatives shown per family (rank 1, the proposal, included). */
    static final int ALTERNATIVES_SHOWN = 5;
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    /** A family: its councils' rows and its alternatives, in words. */
    public record Family(int family, String summary, int splitsConsidered, List<Row> rows,
            List<Ranked> alternatives) {
    }

    /** One council: its name, the quad it is proposed for and its value of each indicator, formatted. */
    public record Row(String council, String quad, List<String> values) {
    }

    /** One way of splitting the family: its quads as council names, its spread and partners kept together. */
    public record Ranked(int rank, List<String> quads, String spread, int lastCyclesPartnersTogether) {
    }

    static ProposalView of(Proposal proposal, Map<String, String> names, LocalDate cycleOpensOn) {
        List<Family> families = new ArrayList<>();
        List<FamilyProposal> given = proposal.families() == null ? List.of() : proposal.families();
        for (FamilyProposal family : given) {
            List<Row> rows = new ArrayList<>();
            for (FamilyQuad quad : family.quads()) {
                String quadName = nameOf(proposal, quad);
                for (MemberValues member : quad.members()) {
                    List<String> values = proposal.indicators().stream()
                            .map(indicator -> value(member.values() == null ? null
                                    : member.values().get(indicator.code())))
                            .toList();
                    rows.add(new Row(names.getOrDefault(member.code(), member.code()), quadName, values));
                }
            }
            List<Ranked> alternatives = family.alternatives() == null ? List.of()
                    : family.alternatives().stream().limit(ALTERNATIVES_SHOWN)
                            .map(alternative -> ranked(alternative, names)).toList();
            families.add(new Family(family.family(), family.summary(), family.splitsConsidered(), rows,
                    alternatives));
        }
        return new ProposalView(dataWarning(proposal.indicators(), cycleOpensOn), families);
    }

    /**
     * "The indicator data is from 2020-21, 6 school years before this cycle: …" when the newest period used is
     * {@link #OLD_DATA_YEARS} or more school years before the one the cycle opens in; null otherwise.
     */
    static String dataWarning(List<IndicatorUsed> indicators, LocalDate cycleOpensOn) {
        if (cycleOpensOn == null) {
            return null;
        }
        int cycleYear = cycleOpensOn.getMonthValue() >= 8 ? cycleOpensOn.getYear() : cycleOpensOn.getYear() - 1;
        Optional<IndicatorUsed> newest = indicators.stream().filter(i -> schoolYear(i.period()) != null)
                .max(java.util.Comparator.comparing(i -> schoolYear(i.period())));
        if (newest.isEmpty()) {
            return null;
        }
        int age = cycleYear - schoolYear(newest.get().period());
        if (age < OLD_DATA_YEARS) {
            return null;
        }
        return "The indicator data is from " + newest.get().period() + ", " + age + " school years before this "
                + "cycle: councils may have changed since. Check the values below before you confirm.";
    }

    /** The school year a period ends in, by its start year: "2020-21" is 2020, "2016-19" is 2018, "2019" is 2019. */
    static Integer schoolYear(String period) {
        if (period == null) {
            return null;
        }
        Matcher matcher = PERIOD.matcher(period);
        if (!matcher.find()) {
            return null;
        }
        int start = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return start;
        }
        int end = start / 100 * 100 + Integer.parseInt(matcher.group(2));
        if (end < start) {
            end += 100;
        }
        return end - 1;
    }

    private static Ranked ranked(Alternative alternative, Map<String, String> names) {
        List<String> quads = alternative.quads().stream()
                .map(codes -> String.join(", ", codes.stream().map(code -> names.getOrDefault(code, code)).toList()))
                .toList();
        return new Ranked(alternative.rank(), quads, spread(alternative.spread()),
                alternative.avoidedPairsTogether());
    }

    /** The proposed quad with exactly these members, by its name. */
    private static String nameOf(Proposal proposal, FamilyQuad quad) {
        var members = new HashSet<>(quad.members().stream().map(MemberValues::code).toList());
        return proposal.quads().stream().filter(q -> new HashSet<>(q.members()).equals(members))
                .map(ProposedQuad::name).findFirst().orElse("");
    }

    static String spread(double spread) {
        return String.format(Locale.UK, "%.2f", spread);
    }

    static String value(Double value) {
        if (value == null) {
            return "no value";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 1);
        return format.format(value);
    }
}
