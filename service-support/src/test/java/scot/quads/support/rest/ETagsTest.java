package scot.quads.support.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import scot.quads.support.problem.ProblemException;

class ETagsTest {

    @Test
    void aVersionIsExpectedAsTheClientNamedIt() {
        assertThat(ETags.ifMatch("\"3\"").required(7)).isEqualTo(3);
        assertThat(ETags.ifMatch("W/\"3\"").required(3)).isEqualTo(3);
        assertThat(ETags.ifMatch(" 3 ").optional(5)).isEqualTo(3);
    }

    @Test
    void aStarMatchesWhateverVersionAnExistingResourceIsAt() {
        assertThat(ETags.ifMatch("*").required(7)).isEqualTo(7);
        assertThat(ETags.ifMatch("*").optional(0)).isEqualTo(0);
    }

    @Test
    void aStarMatchesNothingWhereTheResourceDoesNotExistYet() {
        assertThat(ETags.ifMatch("*").required(0, false)).isNotEqualTo(0);
        assertThat(ETags.ifMatch("\"0\"").required(0, false)).isEqualTo(0);
    }

    @Test
    void noIfMatchIs428WhereItIsRequiredAndMatchesWhereItIsNot() {
        assertThatThrownBy(() -> ETags.ifMatch(null).required(2))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> ETags.ifMatch(" ").required(0, false))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThat(ETags.ifMatch(null).optional(9)).isEqualTo(9);
    }

    @Test
    void anIfMatchThatIsNoVersionOfOursIs400() {
        for (String junk : new String[] { "\"abc\"", "\"-1\"", "\"1\", \"2\"", "\"", "W/", "99999999999999999999" }) {
            assertThatThrownBy(() -> ETags.ifMatch(junk)).as(junk)
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }
}
