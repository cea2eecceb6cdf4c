package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;
import scot.quads.notification.service.ActionNotices.Action;

class ActionNoticesTest {

    private static final String FIFE = "S12000047";
    private static final UUID CYCLE = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b005");
    private static final UUID QUAD = UUID.fromString("0b7e4c1d-3f2a-4d6e-9b8c-1a2b3c4d5e60");
    private static final UUID ACTION = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    private static final LocalDate DUE = LocalDate.of(2026, 5, 29);

    @Test
    void anAssignedActionTellsTheOwningCouncil() {
        List<Notice> notices = ActionNotices.assigned(action("open", "Share the attendance tracker"));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.council(FIFE));
            assertThat(n.type()).isEqualTo("action");
            assertThat(n.title()).isEqualTo("New action for Fife: Share the attendance tracker");
            assertThat(n.body()).isEqualTo("Your quad agreed an action for Fife in 2025-26, due on 29 May 2026:"
                    + " Share the attendance tracker");
            assertThat(n.link()).isEqualTo("/cycles/" + CYCLE + "/quads/" + QUAD + "/actions/" + ACTION);
            assertThat(n.councilCode()).isEqualTo(FIFE);
        });
    }

    @Test
    void aFollowUpReminderAsksTheOwnerForProgressEvenOnADoneActionAndLinksToThePlan() {
        assertThat(ActionNotices.followUpDue(action("done", "Share the attendance tracker"),
                LocalDate.of(2027, 3, 1))).singleElement().satisfies(n -> {
                    assertThat(n.audience()).isEqualTo(Audience.council(FIFE));
                    assertThat(n.type()).isEqualTo("action");
                    assertThat(n.title()).isEqualTo("Record progress by 1 March 2027: Share the attendance tracker");
                    assertThat(n.body()).contains("comes to its follow-up by 1 March 2027")
                            .contains("evidence of its impact");
                    assertThat(n.link()).isEqualTo("/council/plan#plan-" + ACTION);
                });
    }

    @Test
    void anActionDueSoonRemindsTheOwningCouncil() {
        assertThat(ActionNotices.dueSoon(action("in-progress", "Share the attendance tracker")))
                .singleElement().satisfies(n -> {
                    assertThat(n.audience()).isEqualTo(Audience.council(FIFE));
                    assertThat(n.title()).isEqualTo("Action due on 29 May 2026: Share the attendance tracker");
                    assertThat(n.body()).isEqualTo("Fife's action in 2025-26 is due on 29 May 2026"
                            + " and is not done yet: Share the attendance tracker");
                });
    }

    @Test
    void anOverdueActionTellsTheOwningCouncil() {
        assertThat(ActionNotices.overdue(action("open", "Share the attendance tracker")))
                .singleElement().satisfies(n -> {
                    assertThat(n.audience()).isEqualTo(Audience.council(FIFE));
                    assertThat(n.title()).isEqualTo("Action overdue: Share the attendance tracker");
                    assertThat(n.body()).isEqualTo("Fife's action in 2025-26 is overdue (it was due on 29 May 2026):"
                            + " Share the attendance tracker");
                });
    }

    @Test
    void aFinishedActionNeedsNoReminder() {
        for (String finished : List.of("done", "dropped")) {
            assertThat(ActionNotices.dueSoon(action(finished, "Tidy up"))).isEmpty();
            assertThat(ActionNotices.overdue(action(finished, "Tidy up"))).isEmpty();
        }
    }

    @Test
    void aLongDescriptionIsShortenedInTheTitleOnly() {
        String description = "Compare the senior phase tracking of every partner and agree one shared approach by spring";

        Notice notice = ActionNotices.assigned(action("open", description)).get(0);

        assertThat(notice.title()).startsWith("New action for Fife: Compare the senior phase").endsWith("…")
                .hasSizeLessThanOrEqualTo("New action for Fife: ".length() + 60);
        assertThat(notice.body()).endsWith(description);
    }

    private static Action action(String status, String description) {
        return new Action(ACTION, QUAD, CYCLE, "2025-26", FIFE, description, DUE, status, Map.of(FIFE, "Fife"));
    }
}
