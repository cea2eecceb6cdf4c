package scot.quads.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void aProblemDocumentKeepsItsFieldsAndTheCurrentAnswerOfAStaleWrite() {
        ServiceProblem problem = ProblemResponses.parse(412, """
                {"title":"Precondition failed","status":412,"detail":"The answer changed",
                 "errors":[{"field":"level","message":"must be 1 to 6"}],
                 "current":{"questionCode":"1.1.1","level":5,"version":7,"updatedBy":"colleague"}}""");

        assertThat(problem.status()).isEqualTo(412);
        assertThat(problem.title()).isEqualTo("Precondition failed");
        assertThat(problem.detail()).isEqualTo("The answer changed");
        assertThat(problem.errors()).containsExactly(new ServiceProblem.FieldError("level", "must be 1 to 6"));
        assertThat(problem.properties()).containsKey("current");
    }

    @Test
    void aBodyThatIsNotJsonStillGivesAProblemToShow() {
        ServiceProblem problem = ProblemResponses.parse(502, "<html>Bad gateway</html>");

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.detail()).isEqualTo("The service is not available");
        assertThat(problem.errors()).isEmpty();
    }
}
