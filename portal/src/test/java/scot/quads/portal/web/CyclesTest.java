package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.RubricApi.Standing;

class CyclesTest {

    static final Cycle EXTRA = cycle("Someone's test cycle", "open", 2026, 10);
    static final Cycle CURRENT = cycle("2026-27", "open", 2026, 9);
    static final Cycle LAST = cycle("2025-26", "closed", 2025, 9);
    static final Cycle BEFORE = cycle("2024-25", "closed", 2024, 9);

    @Test
    void theDefaultIsTheNewestOpenCycleTheCouncilHasStartedNotANewerOneItHasNot() {
        Map<UUID, Standing> standings = Map.of(CURRENT.id(), standing(CURRENT, "draft"),
                EXTRA.id(), standing(EXTRA, "not-started"));
        assertThat(Cycles.choose(List.of(EXTRA, CURRENT, LAST), null, standings)).contains(CURRENT);
    }

    @Test
    void withNothingStartedTheNewestOpenCycleIsShown() {
        assertThat(Cycles.choose(List.of(EXTRA, CURRENT, LAST), null, Map.of())).contains(EXTRA);
    }

    @Test
    void withNoOpenCycleTheCouncilSeesItsNewestPastSelfEvaluation() {
        Map<UUID, Standing> standings = Map.of(BEFORE.id(), standing(BEFORE, "submitted"));
        assertThat(Cycles.choose(List.of(LAST, BEFORE), null, standings)).contains(BEFORE);
        assertThat(Cycles.choose(List.of(LAST, BEFORE), null, Map.of())).contains(LAST);
    }

    @Test
    void aChosenCycleWinsAndAnUnknownOneIsNone() {
        assertThat(Cycles.choose(List.of(CURRENT, LAST), LAST.id(), Map.of())).contains(LAST);
        assertThat(Cycles.choose(List.of(CURRENT, LAST), UUID.randomUUID(), Map.of())).isEmpty();
    }

    @Test
    void theChooserOffersEveryCycleWithTheCouncilsStandingWhereKnown() {
        Map<UUID, Standing> standings = new HashMap<>();
        standings.put(CURRENT.id(), standing(CURRENT, "draft"));
        standings.put(LAST.id(), standing(LAST, "submitted"));
        standings.put(BEFORE.id(), standing(BEFORE, "not-started"));
        List<Cycles.Option> options = Cycles.options(List.of(EXTRA, CURRENT, LAST, BEFORE), CURRENT, standings);
        assertThat(options).extracting(o -> o.cycle().name()).containsExactly("Someone's test cycle", "2026-27",
                "2025-26", "2024-25");
        assertThat(options).extracting(Cycles.Option::status).containsExactly("", "In progress", "Submitted",
                "Not started");
        assertThat(options).extracting(Cycles.Option::selected).containsExactly(false, true, false, false);
    }

    @Test
    void answersAreCarriedForwardOnlyFromEarlierCycles() {
        assertThat(Cycles.earlier(List.of(EXTRA, CURRENT, LAST, BEFORE), CURRENT)).containsExactly(LAST, BEFORE);
    }

    @Test
    void withTwoCyclesOpenTheOneDueFirstIsShownNotTheNewest() {
        Cycle newer = cycle("2027-28", "open", 2026, 11, LocalDate.of(2027, 6, 30));
        Cycle dueSooner = cycle("2026-27", "open", 2026, 9, LocalDate.of(2027, 1, 29));
        assertThat(Cycles.choose(List.of(newer, dueSooner), null, Map.of())).contains(dueSooner);
        // Even when the newer one has been started.
        assertThat(Cycles.choose(List.of(newer, dueSooner), null, Map.of(newer.id(), standing(newer, "draft"))))
                .contains(dueSooner);
    }

    @Test
    void aCycleTheCouncilHasSubmittedGivesWayToAnOpenOneThatStillNeedsIt() {
        Cycle newer = cycle("2027-28", "open", 2026, 11, LocalDate.of(2027, 6, 30));
        Cycle dueSooner = cycle("2026-27", "open", 2026, 9, LocalDate.of(2027, 1, 29));
        Map<UUID, Standing> standings = Map.of(dueSooner.id(), standing(dueSooner, "submitted"));
        assertThat(Cycles.choose(List.of(newer, dueSooner), null, standings)).contains(newer);
        Map<UUID, Standing> both = Map.of(dueSooner.id(), standing(dueSooner, "submitted"),
                newer.id(), standing(newer, "submitted"));
        assertThat(Cycles.choose(List.of(newer, dueSooner), null, both)).contains(dueSooner);
    }

    @Test
    void answersAreNeverCarriedForwardFromACycleThatIsStillOpen() {
        Cycle stillOpen = cycle("2025-26 (extended)", "open", 2025, 9);
        Cycle later = cycle("2026-27", "open", 2026, 9);
        assertThat(Cycles.earlier(List.of(later, stillOpen, LAST), later)).containsExactly(LAST);
        // Nor from one that opened the same day or whose opening is unknown.
        Cycle sameDay = cycle("Same day", "closed", 2026, 9);
        assertThat(Cycles.earlier(List.of(later, sameDay), later)).isEmpty();
    }

    static Cycle cycle(String name, String state, int year, int month) {
        return cycle(name, state, year, month, LocalDate.of(year + 1, 1, 29));
    }

    static Cycle cycle(String name, String state, int year, int month, LocalDate deadline) {
        return new Cycle(UUID.randomUUID(), name, UUID.randomUUID(), LocalDate.of(year, month, 1), deadline,
                "all-submitted-or-deadline", state, 1);
    }

    static Standing standing(Cycle cycle, String state) {
        return new Standing(cycle.id(), state, null, 1);
    }
}
