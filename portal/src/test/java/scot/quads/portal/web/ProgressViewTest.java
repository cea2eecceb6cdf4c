package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.QuadApi.Member;
import scot.quads.portal.client.QuadApi.Quad;
import scot.quads.portal.client.RubricApi.CouncilProgress;

/** ADES's progress table filtered by status or quad and sorted as asked (issue 30, item 6). */
class ProgressViewTest {

    static final CouncilProgress FIFE = progress("S12000047", "Fife", "submitted", 58);
    static final CouncilProgress GLASGOW = progress("S12000049", "Glasgow City", "draft", 40);
    static final CouncilProgress ANGUS = progress("S12000041", "Angus", "not-started", 0);
    static final CouncilProgress MORAY = progress("S12000020", "Moray", "returned", 58);
    static final List<CouncilProgress> ALL = List.of(FIFE, GLASGOW, ANGUS, MORAY);
    static final List<Quad> QUADS = List.of(
            new Quad(UUID.randomUUID(), UUID.randomUUID(), "Quad A", List.of(new Member("S12000047", "Fife"),
                    new Member("S12000049", "Glasgow City")), OffsetDateTime.now()),
            new Quad(UUID.randomUUID(), UUID.randomUUID(), "Quad B", List.of(new Member("S12000020", "Moray")),
                    OffsetDateTime.now()));

    @Test
    void everyCouncilByNameWithItsQuadWhenNothingIsChosen() {
        List<ProgressView.Row> rows = ProgressView.rows(ALL, QUADS, ProgressView.filter(null, null, null, QUADS));
        assertThat(rows).extracting(r -> r.progress().councilName())
                .containsExactly("Angus", "Fife", "Glasgow City", "Moray");
        assertThat(rows).extracting(ProgressView.Row::quadName).containsExactly(null, "Quad A", "Quad A", "Quad B");
    }

    @Test
    void onlyTheChosenStatusOrQuadIsShown() {
        assertThat(ProgressView.rows(ALL, QUADS, ProgressView.filter("draft", null, null, QUADS)))
                .extracting(r -> r.progress().councilName()).containsExactly("Glasgow City");
        assertThat(ProgressView.rows(ALL, QUADS, ProgressView.filter(null, "Quad A", null, QUADS)))
                .extracting(r -> r.progress().councilName()).containsExactly("Fife", "Glasgow City");
        assertThat(ProgressView.rows(ALL, QUADS, ProgressView.filter(null, "none", null, QUADS)))
                .extracting(r -> r.progress().councilName()).containsExactly("Angus");
        assertThat(ProgressView.rows(ALL, QUADS, ProgressView.filter("submitted", "Quad B", null, QUADS))).isEmpty();
    }

    @Test
    void sortedByStatusThoseFurthestFromSubmittedComeFirstAndByMissingTheMostMissing() {
        assertThat(ProgressView.rows(ALL, QUADS, ProgressView.filter(null, null, "status", QUADS)))
                .extracting(r -> r.progress().councilName()).containsExactly("Moray", "Angus", "Glasgow City", "Fife");
        assertThat(ProgressView.rows(ALL, QUADS, ProgressView.filter(null, null, "missing", QUADS)))
                .extracting(r -> r.progress().councilName()).containsExactly("Angus", "Glasgow City", "Fife", "Moray");
    }

    @Test
    void anUnknownStatusOrSortIsIgnoredRatherThanHidingEveryone() {
        ProgressView.Filter filter = ProgressView.filter("nonsense", null, "sideways", QUADS);
        assertThat(filter.any()).isFalse();
        assertThat(filter.sort()).isEqualTo("name");
        assertThat(ProgressView.rows(ALL, QUADS, filter)).hasSize(4);
    }

    static CouncilProgress progress(String code, String name, String state, long answered) {
        return new CouncilProgress(code, name, state, answered, 58, (int) (answered * 100 / 58), null, null);
    }
}
