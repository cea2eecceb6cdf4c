package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;
import scot.quads.notification.service.SubmissionNotices.Submission;

class SubmissionNoticesTest {

    private static final String GLASGOW = "S12000049";
    private static final String DUNDEE = "S12000042";
    private static final String FIFE = "S12000047";
    private static final String EDINBURGH = "S12000036";
    private static final UUID CYCLE = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b001");
    private static final Map<String, String> NAMES = Map.of(
            GLASGOW, "Glasgow City", DUNDEE, "Dundee City", FIFE, "Fife", EDINBURGH, "City of Edinburgh");

    @Test
    void eachPartnerInTheQuadIsToldButNotTheSubmitter() {
        List<Notice> notices = SubmissionNotices.of(new Submission(GLASGOW, CYCLE, "2025-26", "alice",
                List.of(DUNDEE, GLASGOW, FIFE, EDINBURGH), NAMES));

        List<Notice> partners = ofType(notices, SubmissionNotices.SUBMITTED).stream()
                .filter(n -> !n.audience().equals(Audience.ADES)).toList();
        assertThat(partners).extracting(Notice::audience).containsExactly(
                Audience.council(EDINBURGH), Audience.council(DUNDEE), Audience.council(FIFE));
        assertThat(partners).allSatisfy(notice -> {
            assertThat(notice.title()).isEqualTo("Glasgow City submitted its self-evaluation");
            assertThat(notice.body()).isEqualTo(
                    "Glasgow City, a partner in your quad, submitted its self-evaluation for 2025-26.");
            assertThat(notice.link()).isEqualTo("/cycles/" + CYCLE + "/quads");
            assertThat(notice.councilCode()).isEqualTo(GLASGOW);
            assertThat(notice.cycleId()).isEqualTo(CYCLE);
        });
    }

    @Test
    void adesIsToldOfEverySubmission() {
        List<Notice> notices = SubmissionNotices.of(new Submission(GLASGOW, CYCLE, "2025-26", "alice",
                List.of(GLASGOW, DUNDEE, FIFE, EDINBURGH), NAMES));

        assertThat(notices).filteredOn(n -> n.audience().equals(Audience.ADES)).singleElement()
                .satisfies(notice -> {
                    assertThat(notice.type()).isEqualTo(SubmissionNotices.SUBMITTED);
                    assertThat(notice.title()).isEqualTo("Glasgow City submitted its self-evaluation");
                    assertThat(notice.body()).isEqualTo("Glasgow City submitted its self-evaluation for 2025-26.");
                });
    }

    @Test
    void theSubmittingCouncilGetsAConfirmationNamingWhoWasTold() {
        List<Notice> notices = SubmissionNotices.of(new Submission(GLASGOW, CYCLE, "2025-26", "alice",
                List.of(GLASGOW, DUNDEE, FIFE), NAMES));

        assertThat(notices).filteredOn(n -> n.audience().equals(Audience.council(GLASGOW))).singleElement()
                .satisfies(notice -> {
                    assertThat(notice.type()).isEqualTo(SubmissionNotices.CONFIRMED);
                    assertThat(notice.title()).isEqualTo("Your self-evaluation for 2025-26 was submitted");
                    assertThat(notice.body()).isEqualTo(
                            "Submitted by alice. ADES and your quad partners (Dundee City, Fife) have been told.");
                    assertThat(notice.link()).isEqualTo("/cycles/" + CYCLE + "/self-evaluation");
                });
        assertThat(notices).hasSize(4);
    }

    @Test
    void withoutAKnownQuadOnlyAdesAndTheCouncilItselfAreTold() {
        List<Notice> notices = SubmissionNotices.of(new Submission(GLASGOW, CYCLE, "2025-26", "alice",
                List.of(), NAMES));

        assertThat(notices).extracting(Notice::audience)
                .containsExactly(Audience.ADES, Audience.council(GLASGOW));
        assertThat(ofType(notices, SubmissionNotices.CONFIRMED).get(0).body())
                .isEqualTo("Submitted by alice. ADES has been told.");
    }

    @Test
    void aQuadOfOneIsTheSameAsNoQuad() {
        List<Notice> notices = SubmissionNotices.of(new Submission(GLASGOW, CYCLE, "2025-26", null,
                List.of(GLASGOW), NAMES));

        assertThat(notices).extracting(Notice::audience)
                .containsExactly(Audience.ADES, Audience.council(GLASGOW));
        assertThat(ofType(notices, SubmissionNotices.CONFIRMED).get(0).body()).isEqualTo("ADES has been told.");
    }

    @Test
    void councilsWhoseNamesAreNotKnownYetAreNamedByTheirCodes() {
        List<Notice> notices = SubmissionNotices.of(new Submission(GLASGOW, CYCLE, "2025-26", "alice",
                List.of(GLASGOW, DUNDEE, FIFE), Map.of(FIFE, "Fife")));

        assertThat(ofType(notices, SubmissionNotices.SUBMITTED)).allSatisfy(notice ->
                assertThat(notice.title()).isEqualTo(GLASGOW + " submitted its self-evaluation"));
        assertThat(ofType(notices, SubmissionNotices.CONFIRMED).get(0).body())
                .contains("(" + DUNDEE + ", Fife)");
    }

    @Test
    void aCycleWhoseNameIsNotKnownYetIsNamedByItsId() {
        List<Notice> notices = SubmissionNotices.of(new Submission(GLASGOW, CYCLE, null, "alice",
                List.of(GLASGOW, DUNDEE), NAMES));

        assertThat(ofType(notices, SubmissionNotices.CONFIRMED).get(0).title())
                .isEqualTo("Your self-evaluation for cycle " + CYCLE + " was submitted");
        assertThat(notices).filteredOn(n -> n.audience().equals(Audience.council(DUNDEE))).singleElement()
                .extracting(Notice::body).asString().endsWith("for cycle " + CYCLE + ".");
    }

    @Test
    void codesAreMatchedWhateverTheirCaseOrSpacing() {
        List<Notice> notices = SubmissionNotices.of(new Submission(" s12000049", CYCLE, "2025-26", "alice",
                List.of("S12000049 ", "s12000042", "S12000042"), NAMES));

        assertThat(notices).extracting(Notice::audience).containsExactly(
                Audience.council(DUNDEE), Audience.ADES, Audience.council(GLASGOW));
        assertThat(notices.get(0).title()).isEqualTo("Glasgow City submitted its self-evaluation");
    }

    private static List<Notice> ofType(List<Notice> notices, String type) {
        return notices.stream().filter(n -> n.type().equals(type)).toList();
    }
}
