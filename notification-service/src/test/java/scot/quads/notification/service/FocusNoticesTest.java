package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;
import scot.quads.notification.service.FocusNotices.Step;

class FocusNoticesTest {

    private static final String GLASGOW = "S12000049";
    private static final UUID CYCLE = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b005");
    private static final Map<String, String> NAMES = Map.of(GLASGOW, "Glasgow City");

    @Test
    void aProposedFocusTellsAdesWithTheFocusQuestion() {
        List<Notice> notices = FocusNotices.of(new Step(GLASGOW, CYCLE, "2026-27", "proposed",
                "How can more leavers go on to college?", null, NAMES));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.ADES);
            assertThat(n.type()).isEqualTo("focus.proposed");
            assertThat(n.title()).isEqualTo("Glasgow City proposed its focus for 2026-27");
            assertThat(n.body()).contains("\"How can more leavers go on to college?\"");
            assertThat(n.link()).isEqualTo("/cycles/" + CYCLE + "/councils/" + GLASGOW + "/focus");
        });
    }

    @Test
    void anAgreedOrSentBackFocusTellsTheCouncilWithAdesComment() {
        Notice agreed = FocusNotices.of(new Step(GLASGOW, CYCLE, "2026-27", "agreed", "Q?", null, NAMES)).get(0);
        Notice sentBack = FocusNotices.of(new Step(GLASGOW, CYCLE, "2026-27", "sent-back", "Q?",
                "Narrow it to the senior phase", NAMES)).get(0);

        assertThat(agreed.audience()).isEqualTo(Audience.council(GLASGOW));
        assertThat(agreed.type()).isEqualTo("focus.decided");
        assertThat(agreed.title()).isEqualTo("ADES agreed your focus for 2026-27");
        assertThat(agreed.body()).contains("your quad partners can now read it").doesNotContain("comment");
        assertThat(sentBack.audience()).isEqualTo(Audience.council(GLASGOW));
        assertThat(sentBack.title()).isEqualTo("ADES sent your focus for 2026-27 back");
        assertThat(sentBack.body()).endsWith("ADES's comment: \"Narrow it to the senior phase\"");
    }
}
