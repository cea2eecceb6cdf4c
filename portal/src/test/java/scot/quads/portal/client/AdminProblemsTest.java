package scot.quads.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An indicator import's bad lines reach the page as field errors named by line, beside the usual field errors. */
class AdminProblemsTest {

    @Test
    void eachBadLineOfAnImportBecomesAnErrorNamingTheLine() {
        ServiceProblem problem = AdminProblems.parse(422, """
                {"title":"Unprocessable content","status":422,"detail":"The file has 2 problem(s); nothing was imported",
                 "problems":[{"line":2,"message":"Unknown indicator 'NOPE'"},{"line":3,"message":"Value 'x' is not a number"}]}
                """);

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.detail()).isEqualTo("The file has 2 problem(s); nothing was imported");
        assertThat(problem.errors()).containsExactly(
                new ServiceProblem.FieldError("line 2", "Unknown indicator 'NOPE'"),
                new ServiceProblem.FieldError("line 3", "Value 'x' is not a number"));
    }

    @Test
    void aWorkbooksBadCellsStayFieldErrorsAndANonJsonAnswerStillGivesAProblem() {
        ServiceProblem cells = AdminProblems.parse(422, """
                {"title":"Invalid rubric","status":422,"errors":[{"field":"Questions!J12","message":"must be a level"}]}
                """);
        assertThat(cells.errors()).containsExactly(new ServiceProblem.FieldError("Questions!J12", "must be a level"));

        ServiceProblem gateway = AdminProblems.parse(502, "<html>Bad gateway</html>");
        assertThat(gateway.status()).isEqualTo(502);
        assertThat(gateway.errors()).isEmpty();
    }
}
