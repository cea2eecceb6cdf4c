package scot.quads.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.quads.testing.DataAccessRules;

/** This service writes SQL only in its repository package, and reads every column by name. */
class DataAccessRulesTest {

    @Test
    void sqlOnlyInRepositoriesAndNoColumnReadByPosition() {
        assertThat(DataAccessRules.breachesInThisModule()).isEmpty();
    }
}
