package scot.quads.portal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import scot.quads.portal.client.QuadApi.AgendaItem;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.CycleSummary;
import scot.quads.portal.client.QuadApi.DistanceFlag;
import scot.quads.portal.client.QuadApi.Flags;
import scot.quads.portal.client.QuadApi.GroupComparison;
import scot.quads.portal.client.QuadApi.MemberAnswer;
import scot.quads.portal.client.QuadApi.MemberStatus;
import scot.quads.portal.client.QuadApi.PromptAnswer;
import scot.quads.portal.client.QuadApi.QuadSummary;
import scot.quads.portal.client.QuadApi.QuestionComparison;
import scot.quads.portal.client.QuadApi.RevealState;
import scot.quads.portal.client.QuadApi.ScaleLevel;
import scot.quads.portal.client.QuadApi.Statistics;
import scot.quads.portal.client.QuadApi.ThinEvidenceFlag;

/** A quad of four as quad-service describes it, before and after its answers are revealed. */
final class PartnerFixtures {

    static final UUID QUAD = UUID.fromString("acb1d6b8-5303-4855-baab-507a55b919c8");
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T10:00:00Z");

    private PartnerFixtures() {
    }

    static List<MemberStatus> members(boolean shown) {
        return List.of(new MemberStatus("S12000047", "Fife", true, AT, shown),
                new MemberStatus("S12000014", "Falkirk", true, AT, shown),
                new MemberStatus("S12000040", "West Lothian", shown, shown ? AT : null, shown),
                new MemberStatus("S12000006", "Dumfries and Galloway", true, AT, shown));
    }

    static Comparison hidden() {
        return new Comparison(new QuadSummary(QUAD, "People family 3 — quad B"), cycle(),
                new RevealState(false, "waiting", "Answers are shown once every member has submitted; 3 of 4 have"
                        + " submitted", null, OffsetDateTime.parse("2027-01-22T00:00:00Z"), false),
                members(false), null, null, null, null, null, null);
    }

    static Comparison revealed() {
        List<ScaleLevel> scale = List.of(new ScaleLevel(6, "Excellent"), new ScaleLevel(5, "Very good"),
                new ScaleLevel(4, "Good"), new ScaleLevel(3, "Satisfactory"), new ScaleLevel(2, "Weak"),
                new ScaleLevel(1, "Unsatisfactory"));
        QuestionComparison first = new QuestionComparison("1", "Outcomes", "QI 1.1", "Attainment", "1.1.1",
                "How well are we improving attainment?", List.of(
                        answer("S12000006", 1, "Unsatisfactory"), answer("S12000047", 2, "Weak"),
                        answer("S12000014", 5, "Very good"), answer("S12000040", 4, "Good")),
                new Statistics(4, 3.0, 1, 5, 4, 0, 0));
        QuestionComparison second = new QuestionComparison("1", "Outcomes", "QI 1.1", "Attainment", "1.1.2",
                "How well do we close the gap?", List.of(
                        answer("S12000047", 3, "Satisfactory"), answer("S12000014", 4, "Good"),
                        answer("S12000040", 4, "Good"),
                        new MemberAnswer("S12000006", true, null, null, true, "No such service", null, null, null,
                                null)),
                new Statistics(3, 4.0, 3, 4, 1, 1, 0));
        QuestionComparison third = new QuestionComparison("2", "Needs <met>", "QI 2.1", "Wellbeing", "2.1.1",
                "How well are needs met?", List.of(answer("S12000047", 3, "Satisfactory"),
                        answer("S12000014", 4, "Good"), answer("S12000040", 3, "Satisfactory"),
                        answer("S12000006", 4, "Good")),
                new Statistics(4, 3.5, 3, 4, 1, 0, 0));
        Flags flags = new Flags(200,
                List.of(new DistanceFlag("1.1.1", "S12000014", 5, 3.0, 2.0, "above"),
                        new DistanceFlag("1.1.1", "S12000006", 1, 3.0, 2.0, "below")),
                List.of(new ThinEvidenceFlag("1.1.1", "S12000014", 5, "Very good", 7)));
        List<GroupComparison> indicators = List.of(
                new GroupComparison("QI 1.1", "Attainment", "1", 2, List.of(), new Statistics(7, 3.0, 1, 5, 4, 1, 0),
                        4),
                new GroupComparison("QI 2.1", "Wellbeing", "2", 1, List.of(), new Statistics(4, 3.5, 3, 4, 1, 0, 0),
                        1));
        List<AgendaItem> agenda = List.of(new AgendaItem(1, "1.1.1", "1", "QI 1.1",
                "How well are we improving attainment?", 4, 1, 5, 3.0, List.of("S12000014", "S12000006")));
        return new Comparison(new QuadSummary(QUAD, "People family 3 — quad B"), cycle(),
                new RevealState(true, "all-submitted", "Every member has submitted, so all answers are shown", AT,
                        null, true),
                members(true), scale, List.of(first, second, third), indicators, List.of(), flags, agenda);
    }

    /**
     * A quad whose cycle runs a version graded per quality indicator: the items compared are the indicators A1 and
     * A2 themselves, each member's answer carrying its narrative answers to the indicator's questions.
     */
    static Comparison revealedPerIndicator() {
        List<ScaleLevel> scale = List.of(new ScaleLevel(4, "Good"), new ScaleLevel(3, "Satisfactory"),
                new ScaleLevel(2, "Weak"));
        QuestionComparison a1 = new QuestionComparison("A", "Outcomes for learners", "A1", "Raising attainment", "A1",
                "Raising attainment", List.of(
                        whole("S12000047", 2, "Weak", "Fife tracks attainment termly"),
                        whole("S12000014", 4, "Good", "Falkirk moderates every writing sample"),
                        whole("S12000040", 3, "Satisfactory", "West Lothian compares cohorts"),
                        whole("S12000006", 4, "Good", "Dumfries and Galloway shares data weekly")),
                new Statistics(4, 3.5, 2, 4, 2, 0, 0));
        QuestionComparison a2 = new QuestionComparison("A", "Outcomes for learners", "A2", "Wellbeing and inclusion",
                "A2", "Wellbeing and inclusion", List.of(
                        whole("S12000047", 3, "Satisfactory", "Fife surveys pupils"),
                        whole("S12000014", 3, "Satisfactory", "Falkirk surveys pupils"),
                        whole("S12000040", 3, "Satisfactory", "West Lothian surveys pupils"),
                        whole("S12000006", 3, "Satisfactory", "Dumfries and Galloway surveys pupils")),
                new Statistics(4, 3.0, 3, 3, 0, 0, 0));
        Flags flags = new Flags(200, List.of(), List.of());
        List<GroupComparison> indicators = List.of(
                new GroupComparison("A1", "Raising attainment", "A", 1, List.of(),
                        new Statistics(4, 3.5, 2, 4, 2, 0, 0), 2),
                new GroupComparison("A2", "Wellbeing and inclusion", "A", 1, List.of(),
                        new Statistics(4, 3.0, 3, 3, 0, 0, 0), 0));
        List<AgendaItem> agenda = List.of(new AgendaItem(1, "A1", "A", "A1", "Raising attainment", 2, 2, 4, 3.5,
                List.of()));
        CycleSummary cycle = new CycleSummary(UUID.randomUUID(), "2026-27", LocalDate.of(2027, 1, 21),
                "all-submitted-or-deadline", UUID.randomUUID(), "2026-27 per indicator", true, true);
        return new Comparison(new QuadSummary(QUAD, "People family 3 — quad B"), cycle,
                new RevealState(true, "all-submitted", "Every member has submitted, so all answers are shown", AT,
                        null, true),
                members(true), scale, List.of(a1, a2), indicators, List.of(), flags, agenda);
    }

    private static MemberAnswer whole(String council, int level, String label, String evidence) {
        return new MemberAnswer(council, true, level, label, false, null, evidence, council + " strengths",
                council + " areas", council + " next steps", List.of(
                        new PromptAnswer("A1-1", "How do you know attainment is"
                                + " improving?", council + " answers the prompt", null, null, null)));
    }

    private static MemberAnswer answer(String council, int level, String label) {
        return new MemberAnswer(council, true, level, label, false, null, council + " evidence",
                council + " strengths", council + " areas", council + " next steps");
    }

    private static CycleSummary cycle() {
        return new CycleSummary(UUID.randomUUID(), "2026-27", LocalDate.of(2027, 1, 21), "all-submitted-or-deadline",
                UUID.randomUUID(), "2026", true);
    }
}
