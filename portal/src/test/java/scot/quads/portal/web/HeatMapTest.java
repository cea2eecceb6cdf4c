package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The heat map's rows: grouped by theme and indicator, a level always as number and label, flags in words. */
class HeatMapTest {

    @Test
    void rowsAreGroupedByThemeThenIndicatorWithTheIndicatorsMedian() {
        HeatMap map = HeatMap.of(PartnerFixtures.revealed());

        assertThat(map.rows()).extracting(HeatMap.Row::kind).containsExactly("theme", "indicator", "question",
                "question", "theme", "indicator", "question");
        assertThat(map.rows().get(1).median()).isEqualTo("3");
        assertThat(map.rows().get(5).median()).isEqualTo("3.5");
        assertThat(map.getSpan()).isEqualTo(7);
    }

    @Test
    void theAgendaLinksEachItemWritesItsMedianAndNamesTheMembersFarFromItOrNone() {
        var revealed = PartnerFixtures.revealed();
        HeatMap.AgendaLine line = HeatMap.of(revealed).agenda().get(0);

        assertThat(line.href()).isEqualTo("/quads/" + PartnerFixtures.QUAD + "/questions/1.1.1");
        assertThat(line.median()).isEqualTo("3");
        assertThat(line.farFromMedian()).isEqualTo("Falkirk, Dumfries and Galloway");

        var calm = new scot.quads.portal.client.QuadApi.Comparison(revealed.quad(), revealed.cycle(),
                revealed.reveal(), revealed.members(), revealed.scale(), revealed.questions(), revealed.indicators(),
                revealed.themes(), revealed.flags(), List.of(new scot.quads.portal.client.QuadApi.AgendaItem(2,
                        "2.1.1", "2", "QI 2.1", "How well?", 1, 3, 4, 3.5, List.of())));
        assertThat(HeatMap.of(calm).agenda()).singleElement()
                .satisfies(l -> assertThat(l.farFromMedian()).isEqualTo("None"))
                .satisfies(l -> assertThat(l.median()).isEqualTo("3.5"))
                .satisfies(l -> assertThat(l.rank()).isEqualTo(2));
    }

    @Test
    void eachCellFollowsTheMembersOrderAndShowsTheLevelAsNumberAndLabel() {
        HeatMap.Row first = HeatMap.of(PartnerFixtures.revealed()).rows().get(2);

        assertThat(first.cells()).extracting(HeatMap.Cell::councilCode)
                .containsExactly("S12000047", "S12000014", "S12000040", "S12000006");
        assertThat(first.cells()).extracting(HeatMap.Cell::text)
                .containsExactly("2 Weak", "5 Very good", "4 Good", "1 Unsatisfactory");
        assertThat(first.cells().get(1).cssClass()).isEqualTo("quads-level-5");
        assertThat(first.median()).isEqualTo("3");
        assertThat(first.range()).isEqualTo("4");
    }

    @Test
    void flagsAreWordsOnTheCellTheyAreAbout() {
        HeatMap map = HeatMap.of(PartnerFixtures.revealed());
        HeatMap.Row first = map.rows().get(2);

        assertThat(map.anyFlags()).isTrue();
        assertThat(first.cells().get(1).flags())
                .containsExactly("2 levels above median", "Thin evidence (7 characters)");
        assertThat(first.cells().get(3).flags()).containsExactly("2 levels below median");
        assertThat(first.cells().get(0).flags()).isEmpty();
    }

    @Test
    void notApplicableIsSaidInWordsAndHasNoLevelColour() {
        HeatMap.Cell cell = HeatMap.of(PartnerFixtures.revealed()).rows().get(3).cells().get(3);

        assertThat(cell.text()).isEqualTo("Not applicable");
        assertThat(cell.cssClass()).isEqualTo("quads-level-none");
    }

    @Test
    void beforeTheRevealThereAreNoRows() {
        HeatMap map = HeatMap.of(PartnerFixtures.hidden());

        assertThat(map.rows()).isEmpty();
        assertThat(map.members()).hasSize(4);
    }

    @Test
    void mediansAreWrittenAsPeopleWriteThem() {
        assertThat(List.of(HeatMap.median(4.0), HeatMap.median(4.5), HeatMap.median(null)))
                .containsExactly("4", "4.5", "–");
        // A group's median of medians, a distance: one decimal place, rounded half up.
        assertThat(List.of(HeatMap.median(3.25), HeatMap.median(3.333), HeatMap.median(2.96),
                HeatMap.median(0.05), HeatMap.median(-1.5))).containsExactly("3.3", "3.3", "3.0", "0.1", "-1.5");
    }
}
