package scot.quads.authority.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final NameMatcher matcher = new NameMatcher(Map.of(
            "S12000036", List.of("City of Edinburgh", "Edinburgh City", "Edinburgh, City of"),
            "S12000048", List.of("Perth and Kinross"),
            "S12000013", List.of("Na h-Eileanan Siar", "Eilean Siar", "Comhairle nan Eilean Siar"),
            "S12000023", List.of("Orkney Islands", "Orkney")));

    @Test
    void namesMatchIgnoringCaseSpacingAndPunctuation() {
        assertThat(matcher.match("  city OF   edinburgh ")).contains("S12000036");
        assertThat(matcher.match("Edinburgh,City of")).contains("S12000036");
        assertThat(matcher.match("NA H EILEANAN SIAR")).contains("S12000013");
    }

    @Test
    void ampersandAndAndAreTheSame() {
        assertThat(matcher.match("Perth & Kinross")).contains("S12000048");
        assertThat(matcher.match("Perth&Kinross")).contains("S12000048");
    }

    @Test
    void aTrailingCouncilIsIgnored() {
        assertThat(matcher.match("Perth and Kinross Council")).contains("S12000048");
        assertThat(matcher.match("Orkney Islands Council")).contains("S12000023");
    }

    @Test
    void accentsAreIgnored() {
        assertThat(matcher.match("Comhairle nan Eilean Siàr")).contains("S12000013");
    }

    @Test
    void anUnknownOrBlankNameMatchesNothing() {
        assertThat(matcher.match("Atlantis")).isEmpty();
        assertThat(matcher.match("")).isEmpty();
        assertThat(matcher.match(null)).isEmpty();
        assertThat(matcher.match("Edinburgh")).isEmpty();
    }

    @Test
    void aNameTwoCouncilsShareMatchesNeither() {
        NameMatcher ambiguous = new NameMatcher(Map.of(
                "S12000005", List.of("Clackmannanshire", "The Shire"),
                "S12000034", List.of("Aberdeenshire", "The Shire")));

        assertThat(ambiguous.match("The Shire")).isEmpty();
        assertThat(ambiguous.match("Aberdeenshire")).contains("S12000034");
    }

    @Test
    void theKeyIsTheComparedForm() {
        assertThat(NameMatcher.key("Dumfries & Galloway Council")).isEqualTo("dumfries and galloway");
        assertThat(NameMatcher.key("Edinburgh, City of")).isEqualTo("edinburgh city of");
    }
}
