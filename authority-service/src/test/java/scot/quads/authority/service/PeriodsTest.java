package scot.quads.authority.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void periodsSortByTheYearTheyEndThenTheYearTheyStart() {
        List<String> periods = new ArrayList<>(List.of("2020-21", "2019-20", "2016-19", "2017-20", "2018-19"));
        periods.sort(Periods.CHRONOLOGICAL);
        assertThat(periods).containsExactly("2016-19", "2018-19", "2017-20", "2019-20", "2020-21");
    }

    @Test
    void aCenturyTurnSortsInOrder() {
        List<String> periods = new ArrayList<>(List.of("2000-01", "1999-00"));
        periods.sort(Periods.CHRONOLOGICAL);
        assertThat(periods).containsExactly("1999-00", "2000-01");
    }

    @Test
    void slashesAndSpacesAreAcceptedAndOddSpansAreNot() {
        assertThat(Periods.normalise("2020/21")).contains("2020-21");
        assertThat(Periods.normalise(" 2020 - 21 ")).contains("2020-21");
        assertThat(Periods.normalise("2020-20")).isEmpty();
        assertThat(Periods.normalise("2010-21")).isEmpty();
        assertThat(Periods.normalise("2020")).isEmpty();
        assertThat(Periods.normalise("20-21")).isEmpty();
        assertThat(Periods.normalise(null)).isEmpty();
    }
}
