package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;
import scot.quads.notification.service.QuadNotices.AllSubmitted;
import scot.quads.notification.service.QuadNotices.QuadChange;

class QuadNoticesTest {

    private static final String GLASGOW = "S12000049";
    private static final String DUNDEE = "S12000042";
    private static final String FIFE = "S12000047";
    private static final String EDINBURGH = "S12000036";
    private static final UUID QUAD = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b004");
    private static final UUID CYCLE = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b005");
    private static final Map<String, String> NAMES = Map.of(GLASGOW, "Glasgow City", DUNDEE, "Dundee City",
            FIFE, "Fife", EDINBURGH, "City of Edinburgh");

    @Test
    void aFormedQuadTellsEachMemberWhoItsPartnersAre() {
        List<String> members = List.of(GLASGOW, DUNDEE, FIFE);
        List<Notice> notices = QuadNotices.changed(new QuadChange(QUAD, CYCLE, "2025-26", "Quad A", members,
                members, List.of(), NAMES));

        assertThat(notices).extracting(Notice::audience).containsExactly(
                Audience.council(DUNDEE), Audience.council(FIFE), Audience.council(GLASGOW));
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo("quad.changed");
            assertThat(n.title()).isEqualTo("Your quad for 2025-26: Quad A");
            assertThat(n.link()).isEqualTo("/cycles/" + CYCLE + "/quads");
        });
        assertThat(notices.get(2).body()).isEqualTo("Glasgow City is in Quad A for 2025-26 with Dundee City, Fife.");
    }

    @Test
    void aChangeTellsNewcomersRemainingMembersAndLeavers() {
        List<Notice> notices = QuadNotices.changed(new QuadChange(QUAD, CYCLE, "2025-26", "Quad A",
                List.of(GLASGOW, DUNDEE, EDINBURGH), List.of(EDINBURGH), List.of(FIFE), NAMES));

        assertThat(notices).extracting(Notice::audience).containsExactly(Audience.council(EDINBURGH),
                Audience.council(DUNDEE), Audience.council(GLASGOW), Audience.council(FIFE));
        assertThat(notices.get(0).title()).isEqualTo("Your quad for 2025-26: Quad A");
        assertThat(notices.get(1).title()).isEqualTo("Your quad for 2025-26 changed");
        assertThat(notices.get(1).body()).isEqualTo("Joined: City of Edinburgh. Left: Fife. Dundee City is now in"
                + " Quad A with City of Edinburgh, Glasgow City.");
        assertThat(notices.get(2).body()).startsWith("Joined: City of Edinburgh. Left: Fife. Glasgow City");
        assertThat(notices.get(3).title()).isEqualTo("Fife left Quad A for 2025-26");
        assertThat(notices.get(3).body()).isEqualTo("Fife is no longer in Quad A for 2025-26.");
    }

    @Test
    void aFormedQuadTellsEachMemberWhichPartnersHadAlreadySubmitted() {
        List<String> members = List.of(GLASGOW, DUNDEE, FIFE);
        List<Notice> notices = QuadNotices.changed(new QuadChange(QUAD, CYCLE, "2025-26", "Quad A", members,
                members, List.of(), List.of(DUNDEE, FIFE), NAMES));

        assertThat(notices).extracting(Notice::body).containsExactly(
                "Dundee City is in Quad A for 2025-26 with Fife, Glasgow City."
                        + " Already submitted their self-evaluation: Fife.",
                "Fife is in Quad A for 2025-26 with Dundee City, Glasgow City."
                        + " Already submitted their self-evaluation: Dundee City.",
                "Glasgow City is in Quad A for 2025-26 with Dundee City, Fife."
                        + " Already submitted their self-evaluations: Dundee City, Fife.");
    }

    @Test
    void aNewcomerThatHadSubmittedIsNamedToTheMembersWhoStay() {
        List<Notice> notices = QuadNotices.changed(new QuadChange(QUAD, CYCLE, "2025-26", "Quad A",
                List.of(GLASGOW, DUNDEE, EDINBURGH), List.of(EDINBURGH), List.of(), List.of(EDINBURGH, DUNDEE),
                NAMES));

        assertThat(notices).extracting(Notice::audience).containsExactly(Audience.council(EDINBURGH),
                Audience.council(DUNDEE), Audience.council(GLASGOW));
        assertThat(notices.get(0).body()).endsWith(" Already submitted their self-evaluation: Dundee City.");
        assertThat(notices.get(1).body()).endsWith(" Already submitted their self-evaluation: City of Edinburgh.");
        // Glasgow heard of Dundee's submission when it happened; only Edinburgh's is news to it.
        assertThat(notices.get(2).body()).endsWith(" Already submitted their self-evaluation: City of Edinburgh.");
    }

    @Test
    void aMemberIsNotToldOfItsOwnSubmission() {
        List<String> members = List.of(GLASGOW, DUNDEE);
        assertThat(QuadNotices.changed(new QuadChange(QUAD, CYCLE, "2025-26", "Quad A", members, members, List.of(),
                List.of(GLASGOW), NAMES))).extracting(Notice::body).containsExactly(
                        "Dundee City is in Quad A for 2025-26 with Glasgow City."
                                + " Already submitted their self-evaluation: Glasgow City.",
                        "Glasgow City is in Quad A for 2025-26 with Dundee City.");
    }

    @Test
    void aDissolvedQuadTellsEveryFormerMember() {
        List<Notice> notices = QuadNotices.changed(new QuadChange(QUAD, CYCLE, "2025-26", null, List.of(),
                List.of(), List.of(GLASGOW, FIFE), NAMES));

        assertThat(notices).extracting(Notice::audience)
                .containsExactly(Audience.council(FIFE), Audience.council(GLASGOW));
        assertThat(notices.get(0).title()).isEqualTo("Your quad for 2025-26 was dissolved");
        assertThat(notices.get(0).body()).isEqualTo("Fife is no longer in your quad for 2025-26: the quad was dissolved.");
    }

    @Test
    void aRenameAloneTellsNobody() {
        assertThat(QuadNotices.changed(new QuadChange(QUAD, CYCLE, "2025-26", "New name", List.of(GLASGOW, FIFE),
                List.of(), List.of(), NAMES))).isEmpty();
    }

    @Test
    void whenAllHaveSubmittedTheWholeQuadIsToldAnswersAreRevealed() {
        List<Notice> notices = QuadNotices.allSubmitted(new AllSubmitted(CYCLE, "2025-26",
                "all-submitted-or-deadline", List.of(GLASGOW, FIFE, DUNDEE, EDINBURGH), NAMES));

        assertThat(notices).hasSize(4).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo("quad.all-submitted");
            assertThat(n.title()).isEqualTo("Answers revealed: every council in your quad has submitted");
            assertThat(n.body()).isEqualTo("All the councils in your quad (City of Edinburgh, Dundee City, Fife,"
                    + " Glasgow City) have submitted their self-evaluations for 2025-26. You can now compare your"
                    + " answers side by side.");
        });
    }

    @Test
    void underTheAfterDeadlineRuleTheQuadIsToldAnswersComeLater() {
        List<Notice> notices = QuadNotices.allSubmitted(new AllSubmitted(CYCLE, "2025-26", "after-deadline",
                List.of(GLASGOW, FIFE), NAMES));

        assertThat(notices).hasSize(2);
        assertThat(notices.get(0).title()).isEqualTo("Every council in your quad has submitted");
        assertThat(notices.get(0).body()).endsWith("Answers are revealed once the deadline has passed.");
    }

    @Test
    void aQuadOfOneHasNobodyToCompareWith() {
        assertThat(QuadNotices.allSubmitted(new AllSubmitted(CYCLE, "2025-26", null, List.of(GLASGOW), NAMES)))
                .isEmpty();
    }
}
