package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PortalPagesTest {

    @Test
    void oneUserInFiveIsAdesAndTheRestAreEditorsOfTheQuadsCouncilsInOrder() {
        List<String> councils = IntStream.rangeClosed(1, 32).mapToObj(n -> "council-" + n).toList();

        List<String> logins = PortalPages.logins(20, councils);

        assertThat(logins).hasSize(20);
        assertThat(logins.stream().filter(Api.ADES::equals)).hasSize(4);
        assertThat(logins.stream().filter(l -> !l.equals(Api.ADES)).toList())
                .as("16 editors: the first four quads whole").isEqualTo(councils.subList(0, 16));
        assertThat(logins.get(4)).isEqualTo(Api.ADES);
    }

    @Test
    void moreUsersThanCouncilsSignTheSameEditorsInAgain() {
        List<String> logins = PortalPages.logins(7, List.of("fife", "angus"));

        assertThat(logins).containsExactly("fife", "angus", "fife", "angus", Api.ADES, "fife", "angus");
        assertThat(PortalPages.logins(2, List.of())).containsOnly(Api.ADES);
    }

    @Test
    void anIndicatorsCodeIsOnePathSegment() {
        assertThat(PortalPages.indicatorPath("c-1", "QI 1.1")).isEqualTo("/council/cycles/c-1/indicators/QI%201.1");
        assertThat(PortalPages.indicatorPath("c-1", "A/B")).isEqualTo("/council/cycles/c-1/indicators/A%2FB");
    }
}
