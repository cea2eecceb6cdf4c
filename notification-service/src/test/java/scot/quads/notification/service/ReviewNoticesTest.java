package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;
import scot.quads.notification.service.ReviewNotices.Recalled;
import scot.quads.notification.service.ReviewNotices.Returned;

class ReviewNoticesTest {

    private static final String GLASGOW = "S12000049";
    private static final String DUNDEE = "S12000042";
    private static final String FIFE = "S12000047";
    private static final UUID CYCLE = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b003");
    private static final Map<String, String> NAMES = Map.of(GLASGOW, "Glasgow City", DUNDEE, "Dundee City",
            FIFE, "Fife");

    @Test
    void aReturnedEvaluationTellsOnlyThatCouncilWithAdesReason() {
        List<Notice> notices = ReviewNotices.returned(new Returned(FIFE, CYCLE, "2025-26",
                " Evidence for 2.1 is missing. ", NAMES));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.council(FIFE));
            assertThat(n.type()).isEqualTo("self-evaluation.returned");
            assertThat(n.title()).isEqualTo("Your self-evaluation for 2025-26 was returned for revision");
            assertThat(n.body()).isEqualTo("ADES returned Fife's self-evaluation for 2025-26 for revision."
                    + " The reason given: \"Evidence for 2.1 is missing.\"");
            assertThat(n.link()).isEqualTo("/cycles/" + CYCLE + "/self-evaluation");
        });
    }

    @Test
    void aReturnWithoutAReasonSaysNoneWasGiven() {
        assertThat(ReviewNotices.returned(new Returned(FIFE, CYCLE, "2025-26", "  ", NAMES)).get(0).body())
                .isEqualTo("ADES returned Fife's self-evaluation for 2025-26 for revision.");
    }

    @Test
    void aRecallTellsThePartnersButNotTheCouncilItself() {
        List<Notice> notices = ReviewNotices.recalled(new Recalled(GLASGOW, CYCLE, "2025-26",
                List.of(GLASGOW, FIFE, DUNDEE), NAMES));

        assertThat(notices).extracting(Notice::audience)
                .containsExactly(Audience.council(DUNDEE), Audience.council(FIFE));
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo("self-evaluation.recalled");
            assertThat(n.title()).isEqualTo("Glasgow City recalled its self-evaluation");
            assertThat(n.body()).isEqualTo("Glasgow City, a partner in your quad, took back its self-evaluation"
                    + " for 2025-26 to revise it; it will be submitted again.");
        });
    }

    @Test
    void aRecallOutsideAnyQuadTellsNobody() {
        assertThat(ReviewNotices.recalled(new Recalled(GLASGOW, CYCLE, "2025-26", List.of(), NAMES))).isEmpty();
    }
}
