package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void datesReadAsGovukWritesThemInUkTime() {
        assertThat(Labels.date(LocalDate.of(2027, 1, 29))).isEqualTo("29 January 2027");
        assertThat(Labels.dateTime(OffsetDateTime.of(2026, 7, 1, 13, 5, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("1 July 2026 at 2:05pm");
    }

    @Test
    void timesAreWrittenAsGovukDoesWithMidnightAndMidday() {
        assertThat(Labels.dateTime(OffsetDateTime.of(2027, 1, 29, 0, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("29 January 2027 at midnight");
        assertThat(Labels.dateTime(OffsetDateTime.of(2027, 1, 29, 12, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("29 January 2027 at midday");
        assertThat(Labels.dateTime(OffsetDateTime.of(2027, 1, 29, 9, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("29 January 2027 at 9am");
        // In UK summer time, 23:00 UTC is midnight in Scotland.
        assertThat(Labels.dateTime(OffsetDateTime.of(2027, 6, 30, 23, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("1 July 2027 at midnight");
    }

    @Test
    void servicesSentencesGetTheirFullStopTheirDatesInWordsAndNumbersTheirCommas() {
        assertThat(Labels.sentence("Answers are shown once all four councils have submitted"))
                .isEqualTo("Answers are shown once all four councils have submitted.");
        assertThat(Labels.sentence("Shown now.")).isEqualTo("Shown now.");
        assertThat(Labels.prose("Glasgow City's self-evaluation for 2026-27 is due on 2027-01-29."))
                .isEqualTo("Glasgow City's self-evaluation for 2026-27 is due on 29 January 2027.");
        assertThat(Labels.prose("Due by 2027-13-45, a code")).isEqualTo("Due by 2027-13-45, a code");
        // A date inside a name is the name's: "Check 2026-12-06 is open" stays as it was given.
        assertThat(Labels.prose("Check 2026-12-06 04:26:33 is open")).isEqualTo("Check 2026-12-06 04:26:33 is open");
        assertThat(Labels.count(5000)).isEqualTo("5,000");
        assertThat(Labels.count(10_000)).isEqualTo("10,000");
    }

    @Test
    void questionCodesBecomeIdsThatCssSelectorsAccept() {
        assertThat(Labels.domId("1.1.1")).isEqualTo("q-1-1-1");
        assertThat(Labels.domId("QI 2.3")).isEqualTo("q-QI-2-3");
    }

    @Test
    void statesReadAsWords() {
        assertThat(Labels.state("draft")).isEqualTo("In progress");
        assertThat(Labels.state(null)).isEqualTo("Not started");
        assertThat(Labels.state("returned")).isEqualTo("Returned for revision");
    }
}
