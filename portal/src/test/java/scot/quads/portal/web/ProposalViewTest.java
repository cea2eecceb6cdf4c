package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.QuadAdminApi.IndicatorUsed;

/** When the indicator data behind a proposal is old enough for ADES to be told (issue 30, item 9). */
class ProposalViewTest {

    @Test
    void aPeriodIsTheSchoolYearItEndsIn() {
        assertThat(ProposalView.schoolYear("2020-21")).isEqualTo(2020);
        assertThat(ProposalView.schoolYear("2016-19")).isEqualTo(2018);
        assertThat(ProposalView.schoolYear("1999-00")).isEqualTo(1999);
        assertThat(ProposalView.schoolYear("2019")).isEqualTo(2019);
        assertThat(ProposalView.schoolYear("latest")).isNull();
        assertThat(ProposalView.schoolYear(null)).isNull();
    }

    @Test
    void theNewestPeriodUsedDecidesAndTwoSchoolYearsIsOld() {
        LocalDate opens = LocalDate.of(2026, 8, 17);
        assertThat(ProposalView.dataWarning(List.of(used("2020-21"), used("2024-25")), opens))
                .startsWith("The indicator data is from 2024-25, 2 school years before this cycle");
        assertThat(ProposalView.dataWarning(List.of(used("2020-21"), used("2025-26")), opens)).isNull();
        // A cycle opening in June belongs to the school year that began the August before.
        assertThat(ProposalView.dataWarning(List.of(used("2025-26")), LocalDate.of(2027, 6, 1))).isNull();
        assertThat(ProposalView.dataWarning(List.of(used("2025-26")), LocalDate.of(2027, 8, 1))).isNotNull();
        assertThat(ProposalView.dataWarning(List.of(used(null)), opens)).isNull();
    }

    @Test
    void valuesAreWrittenAsPeopleReadThem() {
        assertThat(ProposalView.value(5952.7047)).isEqualTo("5,953");
        assertThat(ProposalView.value(62.84)).isEqualTo("62.8");
        assertThat(ProposalView.value(null)).isEqualTo("no value");
    }

    private static IndicatorUsed used(String period) {
        return new IndicatorUsed("CHN1", "Cost per primary pupil", period, 1.0);
    }
}
