package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.ServiceProblem;

class ErrorSummaryTest {

    @Test
    void eachFieldTheServiceNamesLinksToItsInput() {
        ServiceProblem problem = new ServiceProblem(400, "Invalid request", "Some fields are not valid",
                List.of(new ServiceProblem.FieldError("strengths", "size must be between 0 and 10000"),
                        new ServiceProblem.FieldError("level", "must be on the scale 1 to 6")),
                null);

        ErrorSummary summary = ErrorSummary.of(problem, field -> "q-1-1-1-" + field, "q-1-1-1");

        assertThat(summary.title()).isEqualTo("There is a problem");
        assertThat(summary.items()).containsExactly(
                new ErrorSummary.Item("#q-1-1-1-strengths", "Strengths must be 10,000 characters or fewer"),
                new ErrorSummary.Item("#q-1-1-1-level", "Evaluation level must be on the scale 1 to 6"));
    }

    @Test
    void aProblemWithoutFieldsLinksToTheFormWithTheServicesWords() {
        ServiceProblem problem = new ServiceProblem(409, "Conflict", "The self-evaluation is submitted", null, null);

        ErrorSummary summary = ErrorSummary.of(problem, field -> field, "q-2-1-1");

        assertThat(summary.items()).containsExactly(
                new ErrorSummary.Item("#q-2-1-1", "The self-evaluation is submitted"));
    }

    @Test
    void theUsualValidationPhrasesAreRewrittenInPlainEnglish() {
        assertThat(ErrorSummary.plain("Your comment", "size must be between 1 and 5000"))
                .isEqualTo("Your comment must be between 1 and 5,000 characters");
        assertThat(ErrorSummary.plain("Your comment", "must not be blank")).isEqualTo("Enter your comment");
        assertThat(ErrorSummary.plain("Closing date", "must be after submissionDeadline"))
                .isEqualTo("Closing date must be after the submission deadline");
    }

    @Test
    void aMessageThatAlreadyNamesItsFieldIsNotPrefixedTwice() {
        assertThat(ErrorSummary.sentence("evidence", "Evidence is too long")).isEqualTo("Evidence is too long");
        assertThat(ErrorSummary.sentence("nextSteps", null)).isEqualTo("Next steps is not valid");
    }
}
