package scot.quads.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;
import scot.quads.notification.service.FindingsNotices.Published;

class FindingsNoticesTest {

    private static final String OWN = "S12000049";
    private static final String PARTNER = "S12000030";
    private static final UUID CYCLE = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b005");
    private static final UUID REPORT = UUID.fromString("6f1c1a4e-1d7b-4a53-9d0e-2f6ad0c1b006");
    private static final Map<String, String> NAMES = Map.of(OWN, "Example West", PARTNER, "Example East");

    @Test
    void aPublishedReportTellsTheCouncilAndEachQuadPartnerOnceWithThePublicPage() {
        List<Notice> notices = FindingsNotices.published(new Published(REPORT, OWN, "Example West", CYCLE,
                "2026-27", 1, false, List.of(OWN, PARTNER, PARTNER.toLowerCase()), NAMES));

        assertThat(notices).extracting(Notice::audience)
                .containsExactly(Audience.council(OWN), Audience.council(PARTNER));
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo("findings.published");
            assertThat(n.link()).isEqualTo("/reports/" + REPORT);
            assertThat(n.cycleId()).isEqualTo(CYCLE);
        });
        assertThat(notices.get(0).title()).isEqualTo("Your findings report for 2026-27 is published");
        assertThat(notices.get(0).body()).contains("anyone can read it without signing in");
        assertThat(notices.get(1).title()).isEqualTo("Example West's findings report for 2026-27 is published");
        assertThat(notices.get(1).body()).contains("your quad partner for 2026-27");
    }

    @Test
    void aCorrectionSaysItIsACorrectedEdition() {
        List<Notice> notices = FindingsNotices.published(new Published(REPORT, OWN, null, CYCLE, null, 2, true,
                List.of(), NAMES));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("A corrected edition of your findings report for cycle " + CYCLE
                    + " is published");
            assertThat(n.body()).contains("(edition 2, correcting the one before)");
        });
    }
}
