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
