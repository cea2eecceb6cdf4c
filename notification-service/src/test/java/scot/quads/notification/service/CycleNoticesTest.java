package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;
import scot.quads.notification.service.CycleNotices.CycleFacts;

class CycleNoticesTest {

    private static final String GLASGOW = "S12000049";
    private static final String DUNDEE = "S12000042";
    private static final String FIFE = "S12000047";
    private static final UUID CYCLE = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b002");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    private static final Map<String, String> NAMES = Map.of(GLASGOW, "Glasgow City", DUNDEE, "Dundee City",
            FIFE, "Fife");

    @Test
    void anOpenedCycleTellsEveryCouncilWhenItsSelfEvaluationIsDue() {
        List<Notice> notices = CycleNotices.opened(new CycleFacts(CYCLE, "2025-26", DEADLINE,
                List.of(GLASGOW, DUNDEE, FIFE), NAMES));

        assertThat(notices).extracting(Notice::audience).containsExactly(
                Audience.council(DUNDEE), Audience.council(FIFE), Audience.council(GLASGOW));
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo("cycle.opened");
            assertThat(n.title()).isEqualTo("The 2025-26 self-evaluation cycle is open");
            assertThat(n.link()).isEqualTo("/cycles/" + CYCLE + "/self-evaluation");
        });
        assertThat(notices.get(1).body()).isEqualTo("2025-26 is open: Fife's self-evaluation is due by 31 March 2026.");
    }

    @Test
    void anOpenedCycleWithNoCouncilsKnownTellsNobody() {
        assertThat(CycleNotices.opened(new CycleFacts(CYCLE, "2025-26", DEADLINE, List.of(), NAMES))).isEmpty();
    }

    @Test
    void anApproachingDeadlineTellsOnlyTheCouncilsNotSubmitted() {
        List<Notice> notices = CycleNotices.deadlineApproaching(new CycleFacts(CYCLE, "2025-26", DEADLINE,
                List.of(FIFE), NAMES), 7);

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.council(FIFE));
            assertThat(n.type()).isEqualTo("deadline-approaching");
            assertThat(n.title()).isEqualTo("Your self-evaluation for 2025-26 is due in 7 days");
            assertThat(n.body()).isEqualTo(
                    "Fife's self-evaluation for 2025-26 is due on 31 March 2026 and has not been submitted yet.");
        });
        assertThat(CycleNotices.deadlineApproaching(new CycleFacts(CYCLE, "2025-26", DEADLINE, List.of(FIFE),
                NAMES), 1).get(0).title()).isEqualTo("Your self-evaluation for 2025-26 is due tomorrow");
        // ADES's reminder on the deadline day itself.
        assertThat(CycleNotices.deadlineApproaching(new CycleFacts(CYCLE, "2025-26", DEADLINE, List.of(FIFE),
                NAMES), 0).get(0).title()).isEqualTo("Your self-evaluation for 2025-26 is due today");
    }

    @Test
    void aPassedDeadlineTellsTheLateCouncilsAndGivesAdesTheList() {
        List<Notice> notices = CycleNotices.deadlinePassed(new CycleFacts(CYCLE, "2025-26", DEADLINE,
                List.of(GLASGOW, "s12000047 "), NAMES));

        assertThat(notices).extracting(Notice::audience).containsExactly(
                Audience.council(FIFE), Audience.council(GLASGOW), Audience.ADES);
        assertThat(notices).allSatisfy(n -> assertThat(n.type()).isEqualTo("deadline-passed"));
        assertThat(notices.get(0).body()).startsWith("Fife's self-evaluation for 2025-26 was due on 31 March 2026");
        Notice ades = notices.get(2);
        assertThat(ades.title()).isEqualTo("2 councils have not submitted 2025-26");
        assertThat(ades.body()).isEqualTo("Not submitted by the deadline of 31 March 2026: Fife, Glasgow City.");
        assertThat(ades.link()).isEqualTo("/cycles/" + CYCLE + "/progress");
    }

    @Test
    void whenEveryCouncilSubmittedOnlyAdesHearsOfThePassedDeadline() {
        List<Notice> notices = CycleNotices.deadlinePassed(new CycleFacts(CYCLE, null, DEADLINE, List.of(), NAMES));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.ADES);
            assertThat(n.title()).isEqualTo("Every council submitted cycle " + CYCLE + " by the deadline");
        });
    }
}
